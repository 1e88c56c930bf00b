// The MsgBody rules every send path shares (C2C and group, socket and REST): a non-empty array
// of {MsgType, MsgContent} elements whose JSON is at most 12 KB (what-users-expect.md).
import { EmulatorError, ErrorCode } from '../protocol/errors.js';
import { isRecord } from '../handlers/validate.js';

export const MAX_MSG_BODY_BYTES = 12 * 1024;

/** Returns the body as an array, or throws `code` for a malformed one and 80002 if too long. */
export function checkMsgBody(body: unknown, code: number): unknown[] {
  if (!Array.isArray(body) || body.length === 0)
    throw new EmulatorError(code, 'MsgBody must be a non-empty array of elements');
  for (const el of body) {
    if (!isRecord(el) || typeof el.MsgType !== 'string' || !isRecord(el.MsgContent))
      throw new EmulatorError(
        code,
        'each MsgBody element needs a string MsgType and a MsgContent object',
      );
  }
  const bytes = Buffer.byteLength(JSON.stringify(body));
  if (bytes > MAX_MSG_BODY_BYTES)
    throw new EmulatorError(
      ErrorCode.MSG_TOO_LONG,
      `MsgBody is ${bytes} bytes; the limit is ${MAX_MSG_BODY_BYTES}`,
    );
  return body;
}
