// openim.delete_c2c_msg_ramble: delete messages for the caller only. The peer
// keeps them; the caller's history (every instance, after a reload) skips them.
import type { Handler } from '../../protocol/router.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import type { StoredC2CMessage } from '../../store/messages.js';
import { stringList } from '../validate.js';

export const deleteC2cMsgRamble: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const peer = body.To_Account;
    if (typeof peer !== 'string' || peer === '')
      throw new EmulatorError(ErrorCode.BAD_REQUEST, 'To_Account is required');
    const keys = stringList(body.MsgKeyList);
    if (keys.length === 0)
      throw new EmulatorError(ErrorCode.BAD_REQUEST, 'MsgKeyList must list message keys');
    const found = keys
      .map((k) => app.messages.byKey(userID, peer, k))
      .filter((m): m is StoredC2CMessage => m !== undefined);
    app.messages.hide(
      userID,
      found.map((m) => m.id),
    );
    return {};
  },
};
