// openim.sendmsg: a C2C message from the caller. Replies MsgTime/MsgSeq/MsgKey;
// the SDK uses them to finish its local copy of the message.
import type { Handler } from '../../protocol/router.js';
import { sendC2C } from '../../domain/c2c.js';
import { optInt, optString } from '../validate.js';

export const sendmsg: Handler = {
  auth: 'user',
  handle({ app, body, userID, session }) {
    const m = sendC2C(
      app,
      {
        from: userID,
        to: body.To_Account,
        body: body.MsgBody,
        msgSeq: optInt(body, 'MsgSeq'),
        msgRandom: optInt(body, 'MsgRandom'),
        cloudCustomData: optString(body, 'CloudCustomData'),
        clientTime: optInt(body, 'MsgClientTime'),
        // The SDK marks onlineUserOnly sends by adding MsgLifeTime: 0 (a 0-second
        // offline lifetime); ordinary sends carry no MsgLifeTime at all.
        onlineOnly: body.MsgLifeTime === 0,
        needReadReceipt: body.IsNeedReadReceipt === 1,
      },
      session,
    );
    return { MsgTime: m.msgTime, MsgSeq: m.msgSeq, MsgKey: m.msgKey };
  },
};
