// recentcontact.page_get: the conversation list. CompleteFlag and the cursor
// fields are required; a reply without them made the SDK re-ask ~15,800 times.
// C2C unread here is ignored by the SDK (it uses getmsg's C2CPairUnreadCount),
// but it is filled in for other readers.
import type { Handler } from '../../protocol/router.js';
import { avatarOf, nickOf } from '../../domain/profile.js';
import { optInt } from '../validate.js';

const PAGE = 100;

export const pageGet: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const start = Math.max(0, optInt(body, 'StartIndex') ?? 0);
    const rows = app.conversations.list(userID);
    const page = rows.slice(start, start + PAGE);
    const complete = start + PAGE >= rows.length;
    const SessionItem = page.map((c) => {
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
      };
    });
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
