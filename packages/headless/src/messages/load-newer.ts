// messages.loadNewer: one page of history after a given message (jump to a search hit or a
// quoted message, then page towards the present). Backed by getMessageListHopping with
// direction 1; the live thread is left as it is, since the page may not reach the present.
import { invalidArgument, toTimError } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import { parseConversationID } from '../internal/conversation-id.js';
import type { ChatSDK, SdkMessage, SdkResponse } from '../sdk/types.js';
import { toTimMessage } from './map-message.js';
import type { TimMessage } from './types.js';

/** getMessageListHopping's largest page. */
const MAX_COUNT = 15;

export interface TimNewerPage {
  /** Messages strictly after the anchor, oldest first. */
  messages: TimMessage[];
  /** Nothing newer is left: the page reached the present. */
  isCompleted: boolean;
}

export interface TimNewerActions {
  /**
   * Loads up to `count` (1..15, default 15) messages sent after `messageID`, oldest first. The
   * anchor must be a message the core has seen (a thread entry, a received or an earlier
   * loadNewer message); pass the last returned ID to read the next page. Rejects with a
   * TimError (INVALID_ARGUMENT for a bad conversation, ID or count).
   */
  loadNewer(
    conversationID: string,
    messageID: string,
    options?: { count?: number },
  ): Promise<TimNewerPage>;
}

interface HoppingPage {
  messageList: SdkMessage[];
  isCompleted: boolean;
}

/** Enough hops to pass a few pages of messages sharing the anchor's second. */
const MAX_HOPS = 10;

export function createLoadNewer(
  ctx: CoreContext,
  find: (conversationID: string, messageID: string) => SdkMessage | undefined,
): TimNewerActions {
  // C2C: the last message of an unfinished hop, per conversation. The SDK continues a hop from
  // that message by its key (strictly after it); any other anchor hops by time, which starts at
  // the anchor's second, so the pages are read until the anchor shows up.
  const hopEnds = new Map<string, string>();

  async function hop(conversationID: string, where: object, count: number): Promise<HoppingPage> {
    // The SDK reads `count` (at most 15) though its typings omit it.
    const request: Parameters<ChatSDK['getMessageListHopping']>[0] & { count: number } = {
      conversationID,
      count,
      direction: 1,
      ...where,
    };
    const { data } = (await ctx.chat.getMessageListHopping(request)) as SdkResponse<HoppingPage>;
    return data;
  }

  async function c2cAfter(conversationID: string, anchor: SdkMessage, count: number) {
    let found = hopEnds.get(conversationID) === anchor.ID;
    const collected: SdkMessage[] = [];
    let time = anchor.time;
    let data: HoppingPage = { messageList: [], isCompleted: false };
    for (let hops = 0; hops < MAX_HOPS && collected.length < count; hops++) {
      data = await hop(conversationID, { time }, found ? count - collected.length : MAX_COUNT);
      let list = data.messageList;
      if (!found) {
        const at = list.findIndex((m) => m.ID === anchor.ID);
        // An anchor deleted meanwhile never shows: whatever is past its second follows it.
        list = at >= 0 ? list.slice(at + 1) : list.filter((m) => m.time > anchor.time);
        found = at >= 0 || list.length > 0;
      }
      collected.push(...list);
      const last = data.messageList[data.messageList.length - 1];
      if (data.isCompleted || !last) break;
      time = last.time;
      hopEnds.set(conversationID, last.ID);
    }
    const page = collected.slice(0, count);
    const isCompleted = data.isCompleted && page.length === collected.length;
    if (isCompleted) hopEnds.delete(conversationID);
    return { page, isCompleted };
  }

  return {
    async loadNewer(conversationID, messageID, options) {
      const op = 'messages.loadNewer';
      const target = parseConversationID(conversationID, op);
      if (target.type === 'SYSTEM')
        throw invalidArgument(op, 'the system conversation has no history');
      if (typeof messageID !== 'string' || messageID === '')
        throw invalidArgument(op, 'messageID must be a non-empty string');
      const count = options?.count ?? MAX_COUNT;
      if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT)
        throw invalidArgument(op, `count must be an integer from 1 to ${MAX_COUNT}`);
      ctx.requireLogin(op);
      const anchor = find(conversationID, messageID);
      if (!anchor)
        throw invalidArgument(op, `there is no message "${messageID}" in ${conversationID}`);
      try {
        let result: { page: SdkMessage[]; isCompleted: boolean };
        if (target.type === 'C2C') result = await c2cAfter(conversationID, anchor, count);
        else {
          // A group hop keeps messages from the given sequence on: start one past the anchor.
          const data = await hop(conversationID, { sequence: anchor.sequence + 1 }, count);
          result = { page: data.messageList, isCompleted: Boolean(data.isCompleted) };
        }
        return {
          messages: result.page.map((m) => toTimMessage(m, { selfID: ctx.selfID() })),
          isCompleted: result.isCompleted,
        };
      } catch (error) {
        throw toTimError(error, op);
      }
    },
  };
}
