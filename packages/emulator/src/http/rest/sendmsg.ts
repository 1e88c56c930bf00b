// v4/openim/sendmsg: a C2C message from the admin (no From_Account) or as a
// user (From_Account). Pushed to the recipient's sockets; SyncOtherMachine 1
// (default) also syncs it to the sender's instances, 2 does not.
import type { App } from '../../app.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import { sendC2C } from '../../domain/c2c.js';
import { userIDProblem } from '../../handlers/validate.js';

const REST_CODES = {
  toInvalid: ErrorCode.REST_TO_ACCOUNT_INVALID,
  bodyInvalid: ErrorCode.REST_MSGBODY_INVALID,
};

function optInt(body: Record<string, unknown>, key: string): number | undefined {
  const v = body[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 0xffffffff)
    throw new EmulatorError(
      ErrorCode.REST_MSGBODY_INVALID,
      `${key} must be an unsigned 32-bit integer`,
    );
  return v;
}

export function restSendMsg(app: App, body: Record<string, unknown>): Record<string, unknown> {
  const from = body.From_Account ?? app.config.admin;
  const fromProblem = userIDProblem(from);
  if (fromProblem)
    throw new EmulatorError(ErrorCode.REST_FROM_ACCOUNT_INVALID, `From_Account ${fromProblem}`);
  if (body.CloudCustomData !== undefined && typeof body.CloudCustomData !== 'string')
    throw new EmulatorError(ErrorCode.REST_MSGBODY_INVALID, 'CloudCustomData must be a string');
  const m = sendC2C(
    app,
    {
      from: from as string,
      to: body.To_Account,
      body: body.MsgBody,
      msgSeq: optInt(body, 'MsgSeq'),
      msgRandom: optInt(body, 'MsgRandom'),
      cloudCustomData: body.CloudCustomData as string | undefined,
      syncToSender: body.SyncOtherMachine !== 2,
    },
    undefined,
    REST_CODES,
  );
  return { MsgTime: m.msgTime, MsgSeq: m.msgSeq, MsgKey: m.msgKey };
}
