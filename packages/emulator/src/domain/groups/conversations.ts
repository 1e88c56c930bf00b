// The caller's group conversations for recentcontact.page_get (Type 2): last
// stored message, unread since the member's read sequence. Groups with no
// message yet are left out, as Tencent does.
import type { App } from '../../app.js';
import { getGroupContact } from '../../store/group-contacts.js';
import { standardMarkString } from '../../handlers/recentcontact/mark_contact.js';

export interface GroupSessionItem {
  Type: 2;
  ToAccount: string;
  MsgTime: number;
  MsgSeq: number;
  MsgRandom: number;
  LastMsg: Record<string, unknown>;
  TopFlags: number;
  UnreadMsgCount: number;
  MsgGroupReadedSeq: number;
  GroupNextMsgSeq: number;
  MsgRecvOption: number;
  MsgGroupFromAccount: string;
  GroupNick: string;
  GroupImage: string;
  GroupType: string;
  StandardMark: string;
  CustomMark: string;
}

export function groupSessionItems(app: App, userID: string): GroupSessionItem[] {
  const items: GroupSessionItem[] = [];
  for (const groupID of app.groups.members.groupsOf(userID)) {
    const g = app.groups.groups.get(groupID);
    const me = app.groups.members.get(groupID, userID);
    const last = app.groups.messages.last(groupID);
    if (!g || !me || !last) continue;
    // The caller's own view (recentcontact.*): deleted until a newer message,
    // history cleared up to a sequence, pin and marks.
    const mine = getGroupContact(app.db, userID, groupID);
    if (last.seq <= mine.deletedSeq) continue;
    const visible = last.seq > mine.clearedSeq;
    const readSeq = Math.max(me.readSeq, mine.clearedSeq, mine.deletedSeq);
    items.push({
      Type: 2,
      ToAccount: groupID,
      MsgTime: last.msgTime,
      MsgSeq: last.seq,
      MsgRandom: last.random,
      LastMsg: visible
        ? {
            MsgBody: last.body,
            CloudCustomData: last.cloudCustomData,
            From_Account: last.from,
            MsgFrom_AccountExtraInfo: { Nick: last.nick },
          }
        : { MsgBody: [], CloudCustomData: '' },
      TopFlags: mine.pinned ? 1 : 0,
      UnreadMsgCount: app.groups.messages.countUnread(groupID, userID, readSeq),
      MsgGroupReadedSeq: me.readSeq,
      GroupNextMsgSeq: g.lastSeq + 1,
      // The SDK reads the receive option as a number here: 0 accept and notify, 1 discard, 2 accept silently.
      MsgRecvOption: me.msgFlag === 'Discard' ? 1 : me.msgFlag === 'AcceptNotNotify' ? 2 : 0,
      MsgGroupFromAccount: last.from,
      GroupNick: g.name,
      GroupImage: g.faceUrl,
      GroupType: g.type,
      StandardMark: standardMarkString(mine.marks),
      CustomMark: mine.customMark,
    });
  }
  return items;
}
