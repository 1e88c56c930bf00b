// openim.read_all_unread_msg: "mark everything read" (C2C part: C2CReadAllMsg 1).
// Resets every C2C unread count and tells the caller's other instances (Event 14).
// Group read info belongs to the group handlers; it is answered empty here.
import type { Handler } from '../../protocol/router.js';

export const readAllUnreadMsg: Handler = {
  auth: 'user',
  handle({ app, body, userID, session }) {
    const c2c = body.C2CReadAllMsg === 1;
    if (c2c) {
      const now = app.now();
      for (const { peer } of app.conversations.unreadPairs(userID))
        app.conversations.markRead(userID, peer, now);
      app.sessions.push(userID, { EventArray: [{ Event: 14, C2CReadAllMsg: 1 }] }, session);
    }
    return { C2CReadAllMsg: c2c ? 1 : 0, GroupReadInfoArray: [] };
  },
};
