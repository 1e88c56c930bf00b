// im_long_msg.get_relay_json_msg: the message list behind a merged message's
// JsonMsgKey (the SDK's downloadMergerMessage).
import type { Handler } from '../../protocol/router.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';

export const getRelayJsonMsg: Handler = {
  auth: 'user',
  handle({ app, body }) {
    const key = body.JsonMsgKey;
    if (typeof key !== 'string' || key === '')
      throw new EmulatorError(ErrorCode.BAD_REQUEST, 'JsonMsgKey is required');
    const row = app.db.prepare('SELECT body FROM relay_messages WHERE json_key = ?').get(key) as
      { body: string } | undefined;
    if (!row) throw new EmulatorError(ErrorCode.MSG_NOT_FOUND, 'no merged message with that key');
    return { MsgList: JSON.parse(row.body) as unknown[] };
  },
};
