// im_long_msg.save_relay_json_msg: a merged (forwarded) message too big to
// inline (the SDK uploads it when the message JSON exceeds 11,264 bytes). The
// list is stored; the message carries JsonMsgKey and receivers fetch it back.
import { randomBytes } from 'node:crypto';
import type { Handler } from '../../protocol/router.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';

/** A forwarded bundle may be far bigger than one message, but not unbounded. */
export const MAX_RELAY_BYTES = 4 * 1024 * 1024;

export const saveRelayJsonMsg: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const list = body.MsgList;
    if (!Array.isArray(list) || list.length === 0)
      throw new EmulatorError(ErrorCode.BAD_REQUEST, 'MsgList must be a non-empty array');
    const json = JSON.stringify(list);
    if (Buffer.byteLength(json) > MAX_RELAY_BYTES)
      throw new EmulatorError(ErrorCode.MSG_TOO_LONG, 'merged message is too large');
    const key = `relay_${randomBytes(16).toString('hex')}`;
    app.db
      .prepare(
        'INSERT INTO relay_messages (json_key, owner_id, body, created_at) VALUES (?, ?, ?, ?)',
      )
      .run(key, userID, json, app.now());
    return { JsonMsgKey: key, PbMsgKey: key };
  },
};
