// The caller's group conversations for recentcontact.page_get (Type 2): last
// stored message, unread since the member's read sequence. Groups with no
// message yet are left out, as Tencent does.
import type { App } from '../../app.js';

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
}

export function groupSessionItems(app: App, userID: string): GroupSessionItem[] {
  const items: GroupSessionItem[] = [];
  for (const groupID of app.groups.members.groupsOf(userID)) {
    const g = app.groups.groups.get(groupID);
    const me = app.groups.members.get(groupID, userID);
    const last = app.groups.messages.last(groupID);
    if (!g || !me || !last) continue;
    items.push({
      Type: 2,
      ToAccount: groupID,
      MsgTime: last.msgTime,
      MsgSeq: last.seq,
      MsgRandom: last.random,
      LastMsg: {
        MsgBody: last.body,
        CloudCustomData: last.cloudCustomData,
        From_Account: last.from,
        MsgFrom_AccountExtraInfo: { Nick: last.nick },
      },
      TopFlags: 0,
      UnreadMsgCount: app.groups.messages.countUnread(groupID, userID, me.readSeq),
      MsgGroupReadedSeq: me.readSeq,
      GroupNextMsgSeq: g.lastSeq + 1,
      // The SDK reads the receive option as a number here: 0 accept and notify, 1 discard, 2 accept silently.
      MsgRecvOption: me.msgFlag === 'Discard' ? 1 : me.msgFlag === 'AcceptNotNotify' ? 2 : 0,
      MsgGroupFromAccount: last.from,
      GroupNick: g.name,
      GroupImage: g.faceUrl,
      GroupType: g.type,
    });
  }
  return items;
}
