// im_open_status.wslogin: first login proves identity with identifier + UserSig;
// after a reconnect the SDK sends only a2 + tinyid. One web instance per user:
// a login from another instance kicks the older one (KICKED_OUT in its SDK).
import type { Handler, HandlerContext } from '../../protocol/router.js';
import type { Session } from '../../protocol/sessions.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import { verifyUserSig } from '../../usersig.js';
import { userIDProblem } from '../validate.js';
import { ticketExpired } from '../../store/tickets.js';

const HELLO_INTERVAL = 120;

function identify(ctx: HandlerContext): {
  userID: string;
  a2: string | undefined;
  expiresAt: number;
} {
  const { head, app } = ctx;
  if (typeof head.a2 === 'string' && head.a2 !== '') {
    const ticket = app.tickets.find(head.a2);
    if (!ticket || ticket.revoked)
      throw new EmulatorError(
        ErrorCode.TICKET_INVALID,
        'A2 ticket unknown or revoked: log in again with a UserSig',
      );
    if (ticketExpired(ticket, app.now()))
      throw new EmulatorError(ErrorCode.USERSIG_EXPIRED, 'UserSig expired: log in again');
    return { userID: ticket.userID, a2: ticket.a2, expiresAt: ticket.expiresAt };
  }
  const userID = head.identifier;
  const problem = userIDProblem(userID);
  if (problem || typeof userID !== 'string')
    throw new EmulatorError(ErrorCode.USERSIG_MALFORMED, `identifier ${problem}`);
  if (typeof head.usersig !== 'string')
    throw new EmulatorError(ErrorCode.USERSIG_MALFORMED, 'usersig missing');
  const r = verifyUserSig({
    sdkAppID: app.config.sdkAppID,
    secret: app.config.secret,
    userSig: head.usersig,
    userID,
    now: app.now(),
  });
  if (!r.ok) throw new EmulatorError(r.code, r.message);
  return { userID, a2: undefined, expiresAt: r.expiresAt };
}

function kick(ctx: HandlerContext, other: Session): void {
  const { app } = ctx;
  app.sessions.pushTo(other, {
    EventArray: [{ Event: 9, C2cNotifyMsgArray: [{ KickoutMsgNotify: { KickType: 1 } }] }],
  });
  app.tickets.revokeInstance(other.userID as string, other.instanceID);
  other.userID = undefined;
  // Give the push a moment to reach the SDK before the socket goes.
  setTimeout(() => other.ws.close(4001, 'kicked out'), 200).unref();
}

export const wslogin: Handler = {
  auth: 'none',
  handle(ctx) {
    const { app, session } = ctx;
    const { userID, a2: existingA2, expiresAt } = identify(ctx);
    const user = app.users.ensure(userID);
    for (const other of app.sessions.online(userID)) {
      if (other === session) continue;
      if (other.instanceID === session.instanceID) {
        // The same SDK instance reconnected; its old socket is stale.
        other.userID = undefined;
        other.ws.terminate();
      } else {
        kick(ctx, other);
      }
    }
    const a2 = existingA2 ?? app.tickets.issue(userID, session.instanceID, expiresAt).a2;
    session.userID = userID;
    app.log(`tim-emulator: ${userID} logged in (instance ${session.instanceID.slice(0, 8)})`);
    return {
      A2Key: a2,
      TinyId: user.tinyId,
      InstId: 1,
      HelloInterval: HELLO_INTERVAL,
      TimeStamp: Math.floor(Date.now() / 1000),
      PurchaseBits: '1'.repeat(64),
    };
  },
};
