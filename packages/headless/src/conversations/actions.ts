// Conversation actions beyond the list itself: remove, pin, mute, drafts, clear history, read
// all, and fetching one conversation. The list store follows through the SDK's
// CONVERSATION_LIST_UPDATED, so these actions only call the SDK (drafts excepted, see below).
import { invalidArgument, toTimError } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import { parseConversationID, type ConversationTarget } from '../internal/conversation-id.js';
import { SdkType, type SdkConversation, type SdkResponse } from '../sdk/types.js';
import { createDraftPersistence } from './draft-persistence.js';
import { toTimConversation } from './map-conversation.js';
import type { TimConversation, TimConversationActions } from './types.js';

/** The SDK's READ_ALL_MSG scope. */
const READ_ALL_MESSAGES = 'readAllMessage';
const REMIND_NOT_NOTIFY = 'AcceptNotNotify';

export interface ConversationActionDeps {
  /** Empties the message thread of a conversation whose history is gone. */
  clearThread(conversationID: string): void;
  /** Tells the list that a draft changed (drafts of unknown conversations live only here). */
  draftsChanged(): void;
}

export function createConversationActions(
  ctx: CoreContext,
  deps: ConversationActionDeps,
  known: (conversationID: string) => TimConversation | undefined,
): TimConversationActions & {
  drafts: Map<string, string>;
  /** Loads the user's saved drafts and hands the SDK those its list does not show yet. */
  syncDrafts(conversations: readonly SdkConversation[]): void;
} {
  // The SDK keeps drafts in memory and only for conversations in its list; a draft for a chat
  // that has no messages yet is kept here, and these win over the SDK's when mapping.
  const drafts = new Map<string, string>();
  // Drafts also persist per user (draft-persistence.ts); they are read once the user is known.
  const persistence = createDraftPersistence();
  let draftsOwner = '';
  const restoring = new Set<string>();
  ctx.onSessionReset(() => {
    drafts.clear();
    draftsOwner = '';
  });

  function loadDrafts(): void {
    const userID = ctx.selfID();
    if (userID === '' || userID === draftsOwner) return;
    draftsOwner = userID;
    drafts.clear();
    for (const [conversationID, text] of persistence.load(userID)) drafts.set(conversationID, text);
  }

  function saveDrafts(): void {
    if (draftsOwner !== '') persistence.save(draftsOwner, drafts);
  }

  // The SDK's setConversationDraft stays what the SDK's list shows, so a draft restored from
  // storage is handed back to it for each conversation in its list that lacks it.
  function syncDrafts(conversations: readonly SdkConversation[]): void {
    loadDrafts();
    if (drafts.size === 0 || !ctx.chat.isReady()) return;
    for (const conversation of conversations) {
      const { conversationID } = conversation;
      const draft = drafts.get(conversationID);
      if (draft === undefined || draft === (conversation.draftText ?? '')) continue;
      if (restoring.has(conversationID)) continue;
      restoring.add(conversationID);
      ctx.chat
        .setConversationDraft({ conversationID, draftText: draft })
        .catch((error: unknown) => ctx.reportError(toTimError(error, 'conversations.restoreDraft')))
        .finally(() => restoring.delete(conversationID));
    }
  }

  async function call<T>(op: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toTimError(error, op);
    }
  }

  function target(conversationID: string, op: string, allowSystem = false): ConversationTarget {
    const parsed = parseConversationID(conversationID, op);
    if (parsed.type === 'SYSTEM' && !allowSystem)
      throw invalidArgument(op, 'this does not apply to the system conversation');
    return parsed;
  }

  async function setPinned(conversationID: string, isPinned: boolean): Promise<void> {
    const op = 'conversations.setPinned';
    target(conversationID, op, true);
    if (typeof isPinned !== 'boolean') throw invalidArgument(op, 'isPinned must be a boolean');
    ctx.requireLogin(op);
    await call(op, () => ctx.chat.pinConversation({ conversationID, isPinned }));
  }

  return {
    drafts,
    syncDrafts,
    setPinned,
    pin: (conversationID) => setPinned(conversationID, true),
    unpin: (conversationID) => setPinned(conversationID, false),

    async getConversation(conversationID) {
      const op = 'conversations.getConversation';
      target(conversationID, op, true);
      ctx.requireLogin(op);
      const { data } = await call(
        op,
        () =>
          ctx.chat.getConversationProfile(conversationID) as Promise<
            SdkResponse<{ conversation: SdkConversation }>
          >,
      );
      const mapped = toTimConversation(data.conversation, ctx.selfID());
      const draft = drafts.get(conversationID);
      return draft === undefined ? mapped : { ...mapped, draft };
    },

    async remove(conversationID, options = {}) {
      const op = 'conversations.remove';
      target(conversationID, op, true);
      ctx.requireLogin(op);
      const clearHistoryMessage = !options.keepMessages;
      await call(op, () =>
        ctx.chat.deleteConversation({ conversationIDList: [conversationID], clearHistoryMessage }),
      );
      loadDrafts();
      if (drafts.delete(conversationID)) saveDrafts();
      if (clearHistoryMessage) deps.clearThread(conversationID);
    },

    async setMuted(conversationID, muted) {
      const op = 'conversations.setMuted';
      const { type, peerID } = target(conversationID, op);
      if (typeof muted !== 'boolean') throw invalidArgument(op, 'muted must be a boolean');
      ctx.requireLogin(op);
      // C2C: per-peer "do not disturb"; groups: the member's receive option. Muted messages still
      // arrive and count as unread in their row, just not in $totalUnread.
      const messageRemindType = muted ? REMIND_NOT_NOTIFY : SdkType.MSG_REMIND_ACPT_AND_NOTE;
      const options = type === 'C2C' ? { userIDList: [peerID] } : { groupID: peerID };
      await call(op, () =>
        ctx.chat.setMessageRemindType({
          ...options,
          messageRemindType: messageRemindType as Parameters<
            typeof ctx.chat.setMessageRemindType
          >[0]['messageRemindType'],
        }),
      );
    },

    async setDraft(conversationID, text) {
      const op = 'conversations.setDraft';
      target(conversationID, op);
      if (typeof text !== 'string') throw invalidArgument(op, 'text must be a string');
      ctx.requireLogin(op);
      loadDrafts();
      if (text === '') drafts.delete(conversationID);
      else drafts.set(conversationID, text);
      saveDrafts();
      if (known(conversationID)) {
        await call(op, () => ctx.chat.setConversationDraft({ conversationID, draftText: text }));
      }
      deps.draftsChanged();
    },

    getDraft(conversationID) {
      target(conversationID, 'conversations.getDraft');
      loadDrafts();
      return drafts.get(conversationID) ?? known(conversationID)?.draft ?? '';
    },

    async clearHistory(conversationID) {
      const op = 'conversations.clearHistory';
      target(conversationID, op, true);
      ctx.requireLogin(op);
      if (!known(conversationID)) {
        throw invalidArgument(op, `${conversationID} is not in the conversation list`);
      }
      await call(op, () => ctx.chat.clearHistoryMessage(conversationID));
      deps.clearThread(conversationID);
    },

    async markAllRead() {
      const op = 'conversations.markAllRead';
      ctx.requireLogin(op);
      await call(op, () =>
        ctx.chat.setAllMessageRead({
          scope: READ_ALL_MESSAGES as Parameters<typeof ctx.chat.setAllMessageRead>[0]['scope'],
        }),
      );
    },
  };
}
