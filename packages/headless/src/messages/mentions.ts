// Group @-mentions: validating what a send asks for, and reading who a message or a conversation
// mentions. The SDK carries mentions as `atUserList` (user IDs, '__kImSDK_MesssageAtALL__' for
// @all) on messages and as `groupAtInfoList` (atTypeArray: 1 @me, 2 @all, 3 both) on
// conversations; the core turns both into plain booleans and ID lists.
import { invalidArgument } from '../errors.js';
import { utf8Length } from './validate.js';

/** The SDK's TYPES.MSG_AT_ALL marker inside atUserList. */
export const SDK_AT_ALL = '__kImSDK_MesssageAtALL__';
const AT_ME = 1;
const AT_ALL = 2;
const AT_ALL_AT_ME = 3;

/** More than this many named users in one message is refused before sending. */
export const MAX_MENTIONS = 100;
/** Tencent's user ID limit. */
const MAX_USER_ID_BYTES = 32;

/**
 * Whom a group text mentions: user IDs, `'all'`, or both as `{ userIDs, all: true }`.
 * @all is open to every member (Tencent does not restrict it; a UI may offer it to admins only).
 */
export type TimMentionTarget =
  readonly string[] | 'all' | { readonly userIDs?: readonly string[]; readonly all?: boolean };

/** Who a message mentions. */
export interface TimMessageMentions {
  /** Mentioned user IDs, in the order the sender gave them (without @all). */
  userIDs: string[];
  /** The message mentions everyone (@all). */
  all: boolean;
  /** Someone else's message names the logged-in user (@all alone does not set it; see `all`). */
  me: boolean;
}

/** A conversation's unread mentions; both clear when the conversation is read. */
export interface TimConversationMentions {
  /** An unread message names the logged-in user. */
  me: boolean;
  /** An unread message mentions everyone. */
  all: boolean;
}

export const NO_CONVERSATION_MENTIONS: TimConversationMentions = Object.freeze({
  me: false,
  all: false,
}) as TimConversationMentions;

/** Checks `options.mentions` and returns the SDK's atUserList (undefined: no mentions). */
export function toAtUserList(
  mentions: unknown,
  conversationType: 'C2C' | 'GROUP' | 'SYSTEM',
  op: string,
): string[] | undefined {
  if (mentions === undefined) return undefined;
  let userIDs: unknown;
  let all = false;
  if (mentions === 'all') all = true;
  else if (Array.isArray(mentions)) userIDs = mentions;
  else if (typeof mentions === 'object' && mentions !== null) {
    const m = mentions as { userIDs?: unknown; all?: unknown };
    if (m.all !== undefined && typeof m.all !== 'boolean')
      throw invalidArgument(op, 'options.mentions.all must be a boolean');
    all = m.all === true;
    userIDs = m.userIDs ?? [];
  } else {
    throw invalidArgument(
      op,
      "options.mentions must be an array of user IDs, 'all' or { userIDs, all }",
    );
  }
  const ids = userIDs === undefined ? [] : checkUserIDs(userIDs, op);
  if (conversationType !== 'GROUP')
    throw invalidArgument(op, 'mentions are only possible in group conversations');
  if (!all && ids.length === 0) return undefined;
  return [...(all ? [SDK_AT_ALL] : []), ...ids];
}

function checkUserIDs(value: unknown, op: string): string[] {
  if (!Array.isArray(value)) throw invalidArgument(op, 'options.mentions.userIDs must be an array');
  const ids: string[] = [];
  for (const id of value as unknown[]) {
    if (typeof id !== 'string' || id.trim() === '')
      throw invalidArgument(op, 'every mentioned user ID must be a non-empty string');
    if (utf8Length(id) > MAX_USER_ID_BYTES)
      throw invalidArgument(
        op,
        `mentioned user ID "${id}" is longer than ${MAX_USER_ID_BYTES} bytes`,
      );
    if (id === SDK_AT_ALL)
      throw invalidArgument(op, "use 'all' (or all: true) to mention everyone");
    if (!ids.includes(id)) ids.push(id);
  }
  if (ids.length > MAX_MENTIONS)
    throw invalidArgument(op, `at most ${MAX_MENTIONS} users can be mentioned in one message`);
  return ids;
}

/** Reads an SDK message's atUserList. */
export function messageMentions(
  atUserList: unknown,
  from: string,
  selfID: string,
): TimMessageMentions {
  const list = Array.isArray(atUserList)
    ? (atUserList as unknown[]).filter((x): x is string => typeof x === 'string')
    : [];
  const all = list.includes(SDK_AT_ALL);
  const userIDs = list.filter((x) => x !== SDK_AT_ALL);
  const notMine = selfID !== '' && from !== selfID;
  return { userIDs, all, me: notMine && userIDs.includes(selfID) };
}

/** Reads an SDK conversation's groupAtInfoList. */
export function conversationMentions(groupAtInfoList: unknown): TimConversationMentions {
  if (!Array.isArray(groupAtInfoList) || groupAtInfoList.length === 0)
    return NO_CONVERSATION_MENTIONS;
  let me = false;
  let all = false;
  for (const info of groupAtInfoList as { atTypeArray?: unknown }[]) {
    const types = Array.isArray(info?.atTypeArray) ? (info.atTypeArray as unknown[]) : [];
    if (types.includes(AT_ME) || types.includes(AT_ALL_AT_ME)) me = true;
    if (types.includes(AT_ALL) || types.includes(AT_ALL_AT_ME)) all = true;
  }
  return me || all ? { me, all } : NO_CONVERSATION_MENTIONS;
}
