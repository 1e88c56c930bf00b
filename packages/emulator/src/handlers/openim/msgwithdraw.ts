// openim.msgwithdraw: the sender withdraws a C2C message within 2 minutes of
// the server's time for it. Both sides' instances get WithdrawC2cMsgNotify;
// history and the conversation's last message then show it revoked.
import type { Handler } from '../../protocol/router.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import { c2cNotify, pushToPair } from '../../domain/c2c-notify.js';
import { isRecord } from '../validate.js';

export const REVOKE_WINDOW_SECONDS = 120;

export const msgwithdraw: Handler = {
  auth: 'user',
  handle({ app, body, userID, session }) {
    const info = isRecord(body.MsgInfo) ? body.MsgInfo : undefined;
    const from = info?.From_Account;
    const to = info?.To_Account;
    const seq = info?.MsgSeq;
    const random = info?.MsgRandom;
    if (
      typeof from !== 'string' ||
      typeof to !== 'string' ||
      typeof seq !== 'number' ||
      typeof random !== 'number'
    )
      throw new EmulatorError(
        ErrorCode.BAD_REQUEST,
        'MsgInfo needs From_Account, To_Account, MsgSeq and MsgRandom',
      );
    if (from !== userID)
      throw new EmulatorError(
        ErrorCode.MSG_CANNOT_REVOKE,
        'only the sender may withdraw a message',
      );
    const m = app.messages.find(from, to, seq, random);
    if (!m) throw new EmulatorError(ErrorCode.MSG_NOT_FOUND, 'no such message');
    if (app.now() - m.msgTime > REVOKE_WINDOW_SECONDS)
      throw new EmulatorError(
        ErrorCode.C2C_REVOKE_TOO_LATE,
        `messages can be withdrawn for ${REVOKE_WINDOW_SECONDS} seconds after sending`,
      );
    if (!m.revoked) app.messages.markRevoked(m.id);
    pushToPair(
      app,
      userID,
      to,
      c2cNotify({
        WithdrawC2cMsgNotify: {
          C2cWithdrawInfoArray: [
            {
              From_Account: m.from,
              To_Account: m.to,
              MsgSeq: m.msgSeq,
              MsgRandom: m.msgRandom,
              MsgTimeStamp: m.msgTime,
            },
          ],
        },
      }),
      session,
    );
    return {};
  },
};
