// A2 tickets: what the SDK re-logs in with after a reconnect (no UserSig then).
// Persisted, so a restarted emulator still accepts its clients' tickets.
import { randomBytes } from 'node:crypto';
import type { Db } from './db.js';
import { nowSeconds } from './db.js';

export interface Ticket {
  a2: string;
  userID: string;
  instanceID: string;
  /**
   * Kicked or logged out. A revoked ticket can no longer log in (wslogin), but
   * the instance's last requests (the kicked SDK's own logout) are still
   * answered: refusing those with 70001 makes the SDK report "usersig expired"
   * instead of the kick.
   */
  revoked: boolean;
  /** When the UserSig it was issued for expires (seconds); 0 = never. */
  expiresAt: number;
}

export interface TicketStore {
  issue(userID: string, instanceID: string, expiresAt?: number): Ticket;
  find(a2: string): Ticket | undefined;
  /** Kicked instances must log in again with a UserSig. */
  revokeInstance(userID: string, instanceID: string): void;
}

/** The UserSig behind the ticket has expired (by the server clock). */
export const ticketExpired = (t: Ticket, now: number): boolean =>
  t.expiresAt > 0 && now > t.expiresAt;

export function createTicketStore(db: Db): TicketStore {
  const insert = db.prepare(
    'INSERT INTO tickets (a2, user_id, instance_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
  );
  const select = db.prepare(
    'SELECT a2, user_id, instance_id, revoked, expires_at FROM tickets WHERE a2 = ?',
  );
  const revoke = db.prepare('UPDATE tickets SET revoked = 1 WHERE user_id = ? AND instance_id = ?');
  return {
    issue(userID, instanceID, expiresAt = 0) {
      const a2 = randomBytes(16).toString('hex');
      insert.run(a2, userID, instanceID, nowSeconds(), expiresAt);
      return { a2, userID, instanceID, revoked: false, expiresAt };
    },
    find(a2) {
      const r = select.get(a2) as
        | { a2: string; user_id: string; instance_id: string; revoked: number; expires_at: number }
        | undefined;
      return (
        r && {
          a2: r.a2,
          userID: r.user_id,
          instanceID: r.instance_id,
          revoked: r.revoked === 1,
          expiresAt: r.expires_at,
        }
      );
    },
    revokeInstance(userID, instanceID) {
      revoke.run(userID, instanceID);
    },
  };
}
