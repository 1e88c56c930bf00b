// openim.getmsg: offline sync. Hands out inbox entries no socket has received yet
// (messages sent while the user was offline or reconnecting) and, on every call,
// the per-peer unread counts the SDK shows after a fresh login, and the group
// system notices kept for the user while offline.
import type { Handler } from '../../protocol/router.js';
import { toWire, type StoredC2CMessage } from '../../store/messages.js';
import { takeGroupNotices } from '../../store/group-notices.js';
import { pendingAtTipsEvent } from '../../domain/groups/mentions.js';

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
    // Group system notices missed while offline ride along as the push would
    // have carried them; the SDK files them under @TIM#SYSTEM.
    const notices = takeGroupNotices(app.db, userID);
    // Unread @ tips (Event 12) on every sync: the page_get before it replaced
    // the SDK's conversations, and with them their groupAtInfoList.
    const events = [
      ...(notices.length > 0 ? [{ Event: 5, GroupTips: notices }] : []),
      ...pendingAtTipsEvent(app, userID),
    ];
    return {
      ...(events.length > 0 ? { EventArray: events } : {}),
      Cookie: String(app.inbox.maxSeq(userID)),
      SyncFlag: 2,
      MsgList,
      C2CPairUnreadCount: app.conversations
        .unreadPairs(userID)
        .map((p) => ({ From_Account: p.peer, UnreadCount: p.unread })),
    };
  },
};
