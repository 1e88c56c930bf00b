// Pushes about existing C2C messages (revoke, modify, read receipts) to both
// parties' live instances. Event 9 carries C2cNotifyMsgArray items the SDK
// routes by key (WithdrawC2cMsgNotify, ...); other kinds go by their own key.
import type { App } from '../app.js';
import type { Session } from '../protocol/sessions.js';

/** To the peer's instances and the acting user's other instances. */
export function pushToPair(
  app: App,
  actor: string,
  peer: string,
  event: Record<string, unknown>,
  except?: Session,
): void {
  const body = { EventArray: [event] };
  if (peer !== actor) app.sessions.push(peer, body);
  app.sessions.push(actor, body, except);
}

export const c2cNotify = (item: Record<string, unknown>): Record<string, unknown> => ({
  Event: 9,
  C2cNotifyMsgArray: [item],
});
