// openim.c2c_msg_read_receipt: the caller read specific messages that asked for
// a receipt (needReadReceipt). Their senders' instances get an Event 16 push
// whose items name each message by the sender's TinyId, client time and random:
// the SDK's MESSAGE_READ_RECEIPT_RECEIVED.
import type { Handler } from '../../protocol/router.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import { isRecord } from '../validate.js';

export const c2cMsgReadReceipt: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const peer = body.Peer_Account;
    const list = body.C2CMsgInfo;
    if (typeof peer !== 'string' || peer === '' || !Array.isArray(list) || list.length === 0)
      throw new EmulatorError(ErrorCode.BAD_REQUEST, 'Peer_Account and C2CMsgInfo are required');
    const sender = app.users.get(peer);
    if (!sender) throw new EmulatorError(ErrorCode.ACCOUNT_NOT_FOUND, `no user "${peer}"`);
    const read = [];
    for (const item of list) {
      if (!isRecord(item) || typeof item.MsgSeq !== 'number' || typeof item.MsgRandom !== 'number')
        throw new EmulatorError(
          ErrorCode.BAD_REQUEST,
          'each C2CMsgInfo needs MsgSeq and MsgRandom',
        );
      // Only messages the peer sent to the caller can be acknowledged.
      const m = app.messages.find(peer, userID, item.MsgSeq, item.MsgRandom);
      if (!m) continue;
      read.push({
        TinyId: sender.tinyId,
        MsgClientTime: m.clientTime,
        MsgRandom: m.msgRandom,
        MsgSeq: m.msgSeq,
        MsgTime: m.msgTime,
      });
    }
    if (read.length > 0)
      app.sessions.push(peer, {
        EventArray: [{ Event: 16, UserId: userID, TimeStamp: app.now(), C2cMsgInfo: read }],
      });
    return {};
  },
};
