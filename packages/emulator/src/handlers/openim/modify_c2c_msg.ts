// openim.modify_c2c_msg: either party edits a stored C2C message. MsgVersion
// guards concurrent edits (20027 when stale, with the latest content). Both parties' instances get a
// C2cMsgModNotifys push (the SDK's MESSAGE_MODIFIED).
import type { Handler } from '../../protocol/router.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import { MAX_MSG_BODY_BYTES } from '../../domain/c2c.js';
import { pushToPair } from '../../domain/c2c-notify.js';
import { toWire } from '../../store/messages.js';
import { isRecord, optInt, optString } from '../validate.js';

export const modifyC2cMsg: Handler = {
  auth: 'user',
  handle({ app, body, userID, session }) {
    const from = optString(body, 'From_Account');
    const to = optString(body, 'To_Account');
    const seq = optInt(body, 'MsgSeq');
    const random = optInt(body, 'MsgRandom');
    if (!from || !to || seq === undefined || random === undefined)
      throw new EmulatorError(
        ErrorCode.BAD_REQUEST,
        'From_Account, To_Account, MsgSeq and MsgRandom are required',
      );
    if (userID !== from && userID !== to)
      throw new EmulatorError(ErrorCode.MSG_NOT_FOUND, 'no such message in your conversations');
    const m = app.messages.find(from, to, seq, random);
    if (!m || m.revoked) throw new EmulatorError(ErrorCode.MSG_NOT_FOUND, 'no such message');
    const version = optInt(body, 'MsgVersion') ?? 0;
    if (version !== m.version)
      // The latest content rides on the refusal: the SDK hands it back as 2480's message.
      throw new EmulatorError(
        ErrorCode.MSG_MODIFY_CONFLICT,
        `message was modified meanwhile (version ${m.version})`,
        { MsgBody: m.body, MsgVersion: m.version, CloudCustomData: m.cloudCustomData },
      );
    const newBody = body.MsgBody === undefined ? m.body : body.MsgBody;
    if (
      !Array.isArray(newBody) ||
      newBody.length === 0 ||
      !newBody.every((el) => isRecord(el) && typeof el.MsgType === 'string')
    )
      throw new EmulatorError(ErrorCode.BAD_REQUEST, 'MsgBody must be a non-empty element array');
    const bytes = Buffer.byteLength(JSON.stringify(newBody));
    if (bytes > MAX_MSG_BODY_BYTES)
      throw new EmulatorError(ErrorCode.MSG_TOO_LONG, `MsgBody is ${bytes} bytes`);
    const cloud = optString(body, 'CloudCustomData') ?? m.cloudCustomData;
    const newVersion = app.messages.modify(m.id, newBody, cloud);
    const updated = app.messages.byId(m.id);
    if (updated) {
      const peer = userID === m.from ? m.to : m.from;
      pushToPair(app, userID, peer, { Event: 23, C2cMsgModNotifys: [toWire(updated)] }, session);
    }
    return { MsgBody: newBody, MsgVersion: newVersion, CloudCustomData: cloud };
  },
};
