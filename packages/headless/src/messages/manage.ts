// Actions on messages that already exist: recall for everyone, delete for me, read receipts.
// They need the SDK's own Message objects, which the thread keeps; a message the app never
// loaded is looked up in the SDK's cache (findMessage).
import { invalidArgument, toTimError } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import { parseConversationID } from '../internal/conversation-id.js';
import type { SdkMessage } from '../sdk/types.js';
import type { TimMessageActions } from './actions-types.js';
import { toTimMessage } from './map-message.js';
import type { ThreadState } from './thread.js';

/** The SDK deletes at most 30 messages per call. */
export const MAX_DELETE = 30;

type Manage = Pick<TimMessageActions, 'revoke' | 'deleteMessages' | 'sendReadReceipt'>;

export interface ManageDeps {
  threadIfOpen(conversationID: string): ThreadState | undefined;
}

export function createManage(
  ctx: CoreContext,
  deps: ManageDeps,
): Manage & {
  /** Sends receipts for loaded messages that asked for one; used when a conversation is read. */
  autoReceipts(conversationID: string): Promise<void>;
} {
  const receipted = new Set<string>();
  ctx.onSessionReset(() => receipted.clear());

  function findMessage(conversationID: string, id: string): SdkMessage | undefined {
    const fromThread = deps.threadIfOpen(conversationID)?.sdkMessage(id);
    if (fromThread) return fromThread;
    const found = ctx.chat.findMessage(id) as SdkMessage | null | undefined;
    return found && found.conversationID === conversationID ? found : undefined;
  }

  function ids(value: unknown, op: string, max: number): string[] {
    if (!Array.isArray(value) || value.length === 0)
      throw invalidArgument(op, 'messageIDs must be a non-empty array');
    if (value.length > max) throw invalidArgument(op, `at most ${max} messages per call`);
    for (const id of value) {
      if (typeof id !== 'string' || id === '')
        throw invalidArgument(op, 'every message ID must be a non-empty string');
    }
    return [...new Set(value as string[])];
  }

  function lookup(conversationID: string, messageIDs: string[], op: string): SdkMessage[] {
    return messageIDs.map((id) => {
      const message = findMessage(conversationID, id);
      if (!message) throw invalidArgument(op, `there is no message "${id}" in ${conversationID}`);
      return message;
    });
  }

  async function sendReceipts(messages: SdkMessage[], op: string): Promise<void> {
    try {
      await ctx.chat.sendMessageReadReceipt(messages);
      for (const message of messages) receipted.add(message.ID);
    } catch (error) {
      throw toTimError(error, op);
    }
  }

  const wantsReceipt = (message: SdkMessage, selfID: string) =>
    message.needReadReceipt && message.from !== selfID && !message.isRevoked;

  return {
    async revoke(conversationID, messageID) {
      const op = 'messages.revoke';
      parseConversationID(conversationID, op);
      if (typeof messageID !== 'string' || messageID === '')
        throw invalidArgument(op, 'messageID must be a non-empty string');
      ctx.requireLogin(op);
      const [message] = lookup(conversationID, [messageID], op);
      if (!message || message.status !== 'success')
        throw invalidArgument(op, 'only a message that was sent can be recalled');
      try {
        // Too late answers 20016 (C2C) or 10031 (group); the SDK passes the code through.
        await ctx.chat.revokeMessage(message);
      } catch (error) {
        throw toTimError(error, op);
      }
      const state = deps.threadIfOpen(conversationID);
      state?.refresh(message);
      return state?.get(messageID) ?? toTimMessage(message, { selfID: ctx.selfID() });
    },

    async deleteMessages(conversationID, messageIDs) {
      const op = 'messages.deleteMessages';
      parseConversationID(conversationID, op);
      const wanted = ids(messageIDs, op, MAX_DELETE);
      ctx.requireLogin(op);
      const messages = lookup(conversationID, wanted, op);
      if (messages.some((m) => m.status === 'unSend'))
        throw invalidArgument(op, 'a message that is still sending cannot be deleted');
      // A failed message never reached the server: removing it from the thread is all there is.
      const stored = messages.filter((m) => m.status === 'success');
      if (stored.length > 0) {
        try {
          await ctx.chat.deleteMessage(stored);
        } catch (error) {
          throw toTimError(error, op);
        }
      }
      deps.threadIfOpen(conversationID)?.remove(wanted);
    },

    async sendReadReceipt(conversationID, messageIDs) {
      const op = 'messages.sendReadReceipt';
      parseConversationID(conversationID, op);
      const wanted = ids(messageIDs, op, 100);
      ctx.requireLogin(op);
      const selfID = ctx.selfID();
      const messages = lookup(conversationID, wanted, op).filter((m) => wantsReceipt(m, selfID));
      if (messages.length === 0)
        throw invalidArgument(
          op,
          'none of these messages is from someone else asking for a receipt',
        );
      await sendReceipts(messages, op);
    },

    async autoReceipts(conversationID) {
      const state = deps.threadIfOpen(conversationID);
      if (!state) return;
      const selfID = ctx.selfID();
      const pending = state.thread.$messages
        .get()
        .filter((m) => m.needReadReceipt && !m.fromSelf && !receipted.has(m.id))
        .map((m) => state.sdkMessage(m.id))
        .filter((m): m is SdkMessage => m !== undefined && wantsReceipt(m, selfID));
      for (let i = 0; i < pending.length; i += 100) {
        await sendReceipts(pending.slice(i, i + 100), 'messages.markRead');
      }
    },
  };
}
