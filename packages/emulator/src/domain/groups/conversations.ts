// The caller's group conversations for recentcontact.page_get (Type 2): the
// newest message or group tip the caller still sees, unread since the member's
// read sequence. Groups with nothing in their stream yet are left out, as
// Tencent does.
import type { App } from '../../app.js';
import { getGroupContact } from '../../store/group-contacts.js';
import { standardMarkString } from '../../handlers/recentcontact/mark_contact.js';
import { countUnreadTips } from '../../store/groups/group-tips.js';
import { lastStreamEntry, lastVisibleEntry } from './tip-history.js';
import { historyStartsAfter } from './history-visibility.js';

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
    // Group tips take sequences too: the last entry may be "carol joined".
    const last = g && lastStreamEntry(app, g);
    if (!g || !me || !last) continue;
    // The caller's own view (recentcontact.*): deleted until a newer message,
    // history cleared up to a sequence, pin and marks.
    const mine = getGroupContact(app.db, userID, groupID);
    if (last.seq <= mine.deletedSeq) continue;
    // What this member sees: nothing from before their join (Work, Public),
    // nothing they cleared, no message they deleted for themselves. With
    // nothing left the item keeps the stream's place but no last message.
    const after = historyStartsAfter(app, me);
    const shown = lastVisibleEntry(app, g, userID, after);
    const readSeq = Math.max(me.readSeq, after, mine.deletedSeq);
    items.push({
      Type: 2,
      ToAccount: groupID,
      MsgTime: (shown ?? last).msgTime,
      MsgSeq: (shown ?? last).seq,
      MsgRandom: (shown ?? last).random,
      LastMsg: shown ? shown.lastMsg : { MsgBody: [], CloudCustomData: '' },
      TopFlags: mine.pinned ? 1 : 0,
      UnreadMsgCount:
        app.groups.messages.countUnread(groupID, userID, readSeq) +
        countUnreadTips(app.db, groupID, userID, readSeq),
      MsgGroupReadedSeq: me.readSeq,
      GroupNextMsgSeq: g.lastSeq + 1,
      // The SDK reads the receive option as a number here: 0 accept and notify, 1 discard, 2 accept silently.
      MsgRecvOption: me.msgFlag === 'Discard' ? 1 : me.msgFlag === 'AcceptNotNotify' ? 2 : 0,
      MsgGroupFromAccount: (shown ?? last).from,
      GroupNick: g.name,
      GroupImage: g.faceUrl,
      GroupType: g.type,
      StandardMark: standardMarkString(mine.marks),
      CustomMark: mine.customMark,
    });
  }
  return items;
}
