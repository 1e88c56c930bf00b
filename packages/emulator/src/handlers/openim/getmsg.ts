// openim.getmsg: offline sync. Hands out inbox entries no socket has received yet
// (messages sent while the user was offline or reconnecting) and, on every call,
// the per-peer unread counts the SDK shows after a fresh login.
import type { Handler } from '../../protocol/router.js';
import { toWire, type StoredC2CMessage } from '../../store/messages.js';

export const getmsg: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const cookie = Number(typeof body.Cookie === 'string' ? body.Cookie : 0);
    const after = Number.isFinite(cookie) && cookie > 0 ? cookie : 0;
    const ids = app.inbox.takeUndelivered(userID, after);
    const MsgList = ids
      .map((id) => app.messages.byId(id))
      .filter((m): m is StoredC2CMessage => m !== undefined)
      .map(toWire);
    return {
      Cookie: String(app.inbox.maxSeq(userID)),
      SyncFlag: 2,
      MsgList,
      C2CPairUnreadCount: app.conversations
        .unreadPairs(userID)
        .map((p) => ({ From_Account: p.peer, UnreadCount: p.unread })),
    };
  },
};
