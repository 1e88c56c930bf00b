// Group message read receipts. Tencent supports them in Work (Private), Public
// and Meeting (ChatRoom) groups, not in AVChatRoom or Community; a message is
// expected to be read by the members other than its sender who were in the
// group when it was sent. The sender's instances learn new counts from an
// Event 5 push whose MsgBody.GroupMsgReceiptList (the SDK's readReceiptList)
// names each message by TinyId-MsgClientTime-MsgRandom, its message ID.
import type { App } from '../../app.js';
import { EmulatorError } from '../../protocol/errors.js';
import type { GroupRow } from '../../store/groups/groups.js';
import type { StoredGroupMessage } from '../../store/groups/group-messages.js';
import { isRecord } from '../../handlers/validate.js';
import { GroupCode } from './codes.js';
import { groupBriefWire } from './wire.js';

/** Per-message Code of get_group_msg_receipt: Tencent's "no read receipt for this message". */
export const RECEIPT_NOT_FOUND = 10062;
/** The SDK asks for at most 100 per call (the headless core batches by 100 too). */
export const MAX_RECEIPT_SEQS = 100;

export const supportsReceipts = (g: Pick<GroupRow, 'type'>): boolean =>
  g.type === 'Private' || g.type === 'Public' || g.type === 'ChatRoom';

/** 10007: the group-permission rule of docs/what-users-expect.md (no more specific code). */
export function requireReceiptGroup(g: GroupRow): void {
  if (!supportsReceipts(g))
    throw new EmulatorError(
      GroupCode.NO_PERMISSION,
      `${g.type} groups do not support message read receipts`,
    );
}

/** The MsgSeq values of a [{MsgSeq}] list; 10004 for anything else. */
export function seqList(v: unknown, key: string): number[] {
  if (!Array.isArray(v) || v.length === 0)
    throw new EmulatorError(GroupCode.PARAM_INVALID, `${key} must be a non-empty array`);
  if (v.length > MAX_RECEIPT_SEQS)
    throw new EmulatorError(GroupCode.PARAM_INVALID, `${key} lists at most ${MAX_RECEIPT_SEQS}`);
  return v.map((item) => {
    const seq = isRecord(item) ? item.MsgSeq : undefined;
    if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1)
      throw new EmulatorError(GroupCode.PARAM_INVALID, `each ${key} item needs a MsgSeq >= 1`);
    return seq;
  });
}

/** A message that asked for receipts and can still get them, or undefined. */
export function receiptMessage(app: App, g: GroupRow, seq: number): StoredGroupMessage | undefined {
  const m = app.groups.messages.get(g.groupID, seq);
  return m && m.needReceipt && !m.revoked ? m : undefined;
}

export interface ReceiptState {
  read: string[];
  unread: string[];
}

/** Who read `m` and which expected readers (members when it was sent, not the sender) did not. */
export function receiptState(app: App, g: GroupRow, m: StoredGroupMessage): ReceiptState {
  const read = app.groups.receipts.readers(g.groupID, m.seq).map((r) => r.userID);
  const done = new Set(read);
  const unread = app.groups.members
    .list(g.groupID)
    .filter((x) => x.userID !== m.from && x.joinTime <= m.msgTime && !done.has(x.userID))
    .map((x) => x.userID);
  return { read, unread };
}

/** Tells the sender's online instances the new counts of their messages. */
export function pushReceiptCounts(
  app: App,
  g: GroupRow,
  sender: string,
  messages: StoredGroupMessage[],
): void {
  const user = app.users.get(sender);
  if (!user || messages.length === 0) return;
  const list = messages.map((m) => {
    const { read, unread } = receiptState(app, g, m);
    return {
      TinyId: user.tinyId,
      MsgClientTime: m.clientTime,
      MsgRandom: m.random,
      MsgSeq: m.seq,
      ReadNum: read.length,
      UnreadNum: unread.length,
    };
  });
  const item = {
    From_Account: sender,
    GroupInfo: groupBriefWire(g, sender),
    MsgTimeStamp: app.now(),
    MsgBody: { GroupMsgReceiptList: list },
  };
  app.sessions.push(sender, { EventArray: [{ Event: 5, GroupTips: [item] }] });
}
