// Group read receipts beyond what the SDK pushes: the read/unread counts of our own group
// messages when they first show (a history page, a finished send), and the paged lists of
// members who read a message or have not. Pushed receipts are applied in messages.ts.
import { invalidArgument, toTimError } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import { parseConversationID } from '../internal/conversation-id.js';
import type { SdkMessage } from '../sdk/types.js';
import type { TimReadMembersOptions, TimReadMembersPage } from './actions-types.js';
import type { ThreadState } from './thread.js';

/** The SDK asks the server for at most 100 members per page. */
export const MAX_READ_MEMBERS_PAGE = 100;
/** What Work/Public/Meeting-only features answer in other group types. */
const GROUP_TYPE_WITHOUT_RECEIPTS = 10007;

interface SdkMemberPage {
  readUserIDList: string[];
  unreadUserIDList: string[];
  cursor: string;
  isCompleted: boolean;
}

export function createGroupReceipts(
  ctx: CoreContext,
  findMessage: (conversationID: string, id: string) => SdkMessage | undefined,
): {
  /** Keeps the counts of a group thread's own receipt-asking messages filled in. */
  watch(state: ThreadState): void;
  readMembers(
    conversationID: string,
    messageID: string,
    options?: TimReadMembersOptions,
  ): Promise<TimReadMembersPage>;
} {
  const counted = new Set<string>();
  ctx.onSessionReset(() => counted.clear());

  async function fetchCounts(state: ThreadState, ids: string[]): Promise<void> {
    const messages = ids
      .map((id) => state.sdkMessage(id))
      .filter((m): m is SdkMessage => m !== undefined);
    if (messages.length === 0) return;
    try {
      // The SDK writes the counts into each Message's readReceiptInfo.
      await ctx.chat.getMessageReadReceiptList(messages);
    } catch (error) {
      // Counts stay as they were; a later receipt push still brings them. 10007 is a group type
      // without receipts (Community): the SDK still marks the message, so it is not news.
      const timError = toTimError(error, 'messages.readReceiptCounts');
      if (timError.code !== GROUP_TYPE_WITHOUT_RECEIPTS) ctx.reportError(timError);
      return;
    }
    for (const message of messages) state.refresh(message);
  }

  return {
    watch(state) {
      if (!state.thread.conversationID.startsWith('GROUP')) return;
      state.thread.$messages.listen((entries) => {
        const fresh = entries
          .filter((m) => m.fromSelf && m.needReadReceipt && m.status === 'sent')
          .filter((m) => !counted.has(m.id))
          .map((m) => m.id);
        if (fresh.length === 0) return;
        for (const id of fresh) counted.add(id);
        for (let i = 0; i < fresh.length; i += 100)
          void fetchCounts(state, fresh.slice(i, i + 100));
      });
    },

    async readMembers(conversationID, messageID, options = {}) {
      const op = 'messages.readMembers';
      const { type } = parseConversationID(conversationID, op);
      if (type !== 'GROUP') throw invalidArgument(op, 'read member lists exist for group messages');
      if (typeof messageID !== 'string' || messageID === '')
        throw invalidArgument(op, 'messageID must be a non-empty string');
      const filter = options.filter ?? 'read';
      if (filter !== 'read' && filter !== 'unread')
        throw invalidArgument(op, "filter must be 'read' or 'unread'");
      const cursor = options.cursor ?? '';
      if (typeof cursor !== 'string') throw invalidArgument(op, 'cursor must be a string');
      const count = options.count ?? MAX_READ_MEMBERS_PAGE;
      if (!Number.isInteger(count) || count < 1 || count > MAX_READ_MEMBERS_PAGE)
        throw invalidArgument(op, `count must be an integer 1..${MAX_READ_MEMBERS_PAGE}`);
      ctx.requireLogin(op);
      const message = findMessage(conversationID, messageID);
      if (!message)
        throw invalidArgument(op, `there is no message "${messageID}" in ${conversationID}`);
      if (message.flow !== 'out' || !message.needReadReceipt)
        throw invalidArgument(op, 'only your own messages that asked for receipts have readers');
      try {
        const { data } = (await ctx.chat.getGroupMessageReadMemberList({
          message,
          filter: filter === 'read' ? 0 : 1,
          cursor,
          count,
        })) as { data: SdkMemberPage };
        return {
          userIDs: [...(filter === 'read' ? data.readUserIDList : data.unreadUserIDList)],
          cursor: data.cursor,
          isCompleted: data.isCompleted,
        };
      } catch (error) {
        throw toTimError(error, op);
      }
    },
  };
}
