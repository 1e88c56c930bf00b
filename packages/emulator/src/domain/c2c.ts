// Sending a C2C message, shared by openim.sendmsg (a user's SDK) and the REST
// API (a backend or the admin). Order: validate, store, update both
// conversations, push to online sockets, record who still needs it via getmsg.
import { randomInt } from 'node:crypto';
import type { App } from '../app.js';
import type { Session } from '../protocol/sessions.js';
import { EmulatorError, ErrorCode } from '../protocol/errors.js';
import { toWire, type StoredC2CMessage } from '../store/messages.js';
import { avatarOf, nickOf } from './profile.js';
import { userIDProblem } from '../handlers/validate.js';
import { deliverOnlineOnly } from './c2c-online.js';
import { checkMsgBody } from './msg-body.js';
import { restoreOwnMediaUrls } from './own-media-urls.js';
import { isBlockedBy } from './relations/blacklist.js';
import { RelationCode } from './relations/codes.js';

export { MAX_MSG_BODY_BYTES } from './msg-body.js';

export interface SendC2CInput {
  from: string;
  to: unknown;
  body: unknown;
  msgSeq?: number;
  msgRandom?: number;
  cloudCustomData?: string;
  clientTime?: number;
  /** REST SyncOtherMachine=2 turns this off: the sender's instances get no copy. */
  syncToSender?: boolean;
  /** sendMessage(..., {onlineUserOnly: true}): pushed to live sockets, never stored. */
  onlineOnly?: boolean;
  /** IsNeedReadReceipt: the receiver may answer with c2c_msg_read_receipt. */
  needReadReceipt?: boolean;
}

export interface SendC2CCodes {
  toInvalid: number;
  bodyInvalid: number;
}

const WS_CODES: SendC2CCodes = {
  toInvalid: ErrorCode.ACCOUNT_NOT_FOUND,
  bodyInvalid: ErrorCode.BAD_REQUEST,
};

/**
 * @param sender the socket that sent it (it has the message from the reply, so
 *   it gets no push); undefined for REST sends, which push to every instance.
 */
export function sendC2C(
  app: App,
  input: SendC2CInput,
  sender?: Session,
  codes: SendC2CCodes = WS_CODES,
): StoredC2CMessage {
  const problem = userIDProblem(input.to);
  if (problem) throw new EmulatorError(codes.toInvalid, `To_Account ${problem}`);
  const to = input.to as string;
  if (!app.users.exists(to))
    throw new EmulatorError(
      codes.toInvalid,
      `To_Account "${to}" does not exist (import the account or let it log in once)`,
    );
  const body = restoreOwnMediaUrls(checkMsgBody(input.body, codes.bodyInvalid), app.media.baseUrl);
  // Checked after the body so a malformed message is reported as such first.
  if (isBlockedBy(app, to, input.from))
    throw new EmulatorError(RelationCode.C2C_BLOCKED, `"${to}" has blocked "${input.from}"`);
  const fromUser = app.users.ensure(input.from);
  if (input.onlineOnly) return deliverOnlineOnly(app, input, to, body, fromUser, sender);

  const { message, duplicate } = app.messages.insert({
    from: input.from,
    to,
    msgSeq: input.msgSeq ?? randomInt(1, 2 ** 31),
    msgRandom: input.msgRandom ?? randomInt(1, 2 ** 31),
    msgTime: app.now(),
    body,
    cloudCustomData: input.cloudCustomData ?? '',
    nick: nickOf(fromUser.profile),
    avatar: avatarOf(fromUser.profile),
    clientTime: input.clientTime ?? 0,
    needReadReceipt: input.needReadReceipt,
  });
  // A client retry of a stored message: answer as before, deliver nothing twice.
  if (duplicate) return message;

  app.conversations.onMessage(message);
  const push = { EventArray: [{ Event: 1, C2cMsgArray: [toWire(message)] }] };
  if (to !== input.from) {
    const reached = app.sessions.push(to, push);
    app.inbox.append(to, message.id, reached > 0);
  }
  // The sender's other instances (another tab, another platform) learn of it too.
  if (input.syncToSender === false) {
    app.inbox.append(input.from, message.id, true);
  } else {
    const reachedSelf = app.sessions.push(input.from, push, sender);
    app.inbox.append(input.from, message.id, sender !== undefined || reachedSelf > 0);
  }
  return message;
}
