// openim.msgreaded: the caller read a C2C conversation up to LastedMsgTime.
// Resets unread, stores the read time, tells the caller's other instances
// (ReadC2cMsgNotify) and, when Receipt is set, the peer (C2cReadedReceipt ->
// the SDK's peer-read flags).
import type { Handler } from '../../protocol/router.js';
import { isRecord } from '../validate.js';

export const msgreaded: Handler = {
  auth: 'user',
  handle({ app, body, userID, session }) {
    const readed = isRecord(body.C2CMsgReaded) ? body.C2CMsgReaded : {};
    const items = Array.isArray(readed.C2CMsgReadedItem) ? readed.C2CMsgReadedItem : [];
    for (const item of items) {
      if (!isRecord(item) || typeof item.To_Account !== 'string') continue;
      const peer = item.To_Account;
      const time =
        typeof item.LastedMsgTime === 'number' ? item.LastedMsgTime : Math.floor(Date.now() / 1000);
      app.conversations.markRead(userID, peer, time);
      app.sessions.push(
        userID,
        {
          EventArray: [
            {
              Event: 9,
              C2cNotifyMsgArray: [
                {
                  ReadC2cMsgNotify: {
                    UinPairReadArray: [{ From_Account: peer, LastReadTime: time }],
                  },
                },
              ],
            },
          ],
        },
        session,
      );
      if (item.Receipt === 1 && peer !== userID) {
        app.sessions.push(peer, {
          EventArray: [
            {
              Event: 9,
              C2cNotifyMsgArray: [
                {
                  C2cReadedReceipt: {
                    To_Account: userID,
                    UinPairReadArray: [
                      { From_Account: peer, To_Account: userID, LastReadTime: time },
                    ],
                  },
                },
              ],
            },
          ],
        });
      }
    }
    return {};
  },
};
