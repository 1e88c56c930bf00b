// heartbeat.alive: the SDK's ping; answered even before login (it pings at once).
// Once logged in the ping carries the A2 ticket: when the UserSig behind it has
// expired the ping is answered 70001, which the SDK turns into KICKED_OUT
// (userSigExpired) within one ping interval (~10 s), as with Tencent; the
// ticket is then dead (revoked) and later pings are simply answered.
import type { Handler } from '../../protocol/router.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import { ticketExpired } from '../../store/tickets.js';

export const alive: Handler = {
  auth: 'none',
  handle({ app, head }) {
    const ticket =
      typeof head.a2 === 'string' && head.a2 !== '' ? app.tickets.find(head.a2) : undefined;
    if (ticket && !ticket.revoked && ticketExpired(ticket, app.now())) {
      // Once: the SDK reconnects on 70001 and pings again with the same ticket;
      // answering every ping 70001 would spin it in a reconnect loop.
      app.tickets.revokeInstance(ticket.userID, ticket.instanceID);
      throw new EmulatorError(ErrorCode.USERSIG_EXPIRED, 'UserSig expired: log in again');
    }
    return {};
  },
};
