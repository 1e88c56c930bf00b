// recentcontact.page_get: the conversation list. CompleteFlag and the cursor
// fields are required; a reply without them made the SDK re-ask ~15,800 times.
// C2C unread here is ignored by the SDK (it uses getmsg's C2CPairUnreadCount),
// but it is filled in for other readers.
import type { Handler } from '../../protocol/router.js';
import { avatarOf, nickOf } from '../../domain/profile.js';
import { optInt } from '../validate.js';
import { standardMarkString } from './mark_contact.js';
import { getC2cMute } from '../../store/c2c-mute.js';
import { groupSessionItems } from '../../domain/groups/conversations.js';

const PAGE = 100;

export const pageGet: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const start = Math.max(0, optInt(body, 'StartIndex') ?? 0);
    const rows = app.conversations.list(userID);
    const c2cItems = rows.map((c) => {
      const peer = app.users.get(c.peer);
      const last = c.lastMessage;
      return {
        Type: 1,
        MsgTime: last?.msgTime ?? 0,
        MsgSeq: last?.msgSeq ?? 0,
        MsgRandom: last?.msgRandom ?? 0,
        LastMsg: { MsgBody: last?.body ?? [], CloudCustomData: last?.cloudCustomData ?? '' },
        TopFlags: c.pinned ? 1 : 0,
        UnreadMsgCount: c.unread,
        To_Account: c.peer,
        LastC2CMsgFromAccount: last?.from ?? '',
        C2cNick: peer ? nickOf(peer.profile) : '',
        C2cImage: peer ? avatarOf(peer.profile) : '',
        C2cPeerReadTime: c.peerReadTime,
        // 8 = the last message was withdrawn (the SDK's lastMessage.isRevoked).
        LastMsgFlags: last?.revoked ? 8 : 0,
        // The per-peer do-not-disturb flag (the SDK's messageRemindType).
        MsgRecvOption: getC2cMute(app.db, userID, c.peer),
        StandardMark: standardMarkString(c.marks),
        CustomMark: c.customMark,
      };
    });
    // Group conversations (Type 2) merge in by last message time; pinned first.
    const all = [...c2cItems, ...groupSessionItems(app, userID)].sort(
      (a, b) => b.TopFlags - a.TopFlags || b.MsgTime - a.MsgTime,
    );
    const SessionItem = all.slice(start, start + PAGE);
    const complete = start + PAGE >= all.length;
    return {
      CompleteFlag: complete ? 1 : 0,
      SessionItem,
      TimeStamp: Math.floor(Date.now() / 1000),
      StartIndex: complete ? 0 : start + PAGE,
      TopTimeStamp: 0,
      TopStartIndex: 0,
    };
  },
};
