// Who each user blocked. (owner, blocked): owner refuses blocked's messages
// and friend requests.
import type { Db } from '../db.js';

export interface BlacklistEntry {
  userID: string;
  addTime: number;
}

export interface BlacklistStore {
  has(ownerID: string, blockedID: string): boolean;
  add(ownerID: string, blockedID: string, addTime: number): boolean;
  remove(ownerID: string, blockedID: string): boolean;
  /** Oldest first. */
  page(ownerID: string, offset: number, limit: number): BlacklistEntry[];
  count(ownerID: string): number;
}

export function createBlacklistStore(db: Db): BlacklistStore {
  const hasStmt = db.prepare('SELECT 1 FROM blacklist WHERE owner_id = ? AND blocked_id = ?');
  const insert = db.prepare(
    'INSERT OR IGNORE INTO blacklist (owner_id, blocked_id, add_time) VALUES (?, ?, ?)',
  );
  const del = db.prepare('DELETE FROM blacklist WHERE owner_id = ? AND blocked_id = ?');
  const pageStmt = db.prepare(
    'SELECT blocked_id, add_time FROM blacklist WHERE owner_id = ? ORDER BY rowid LIMIT ? OFFSET ?',
  );
  const countStmt = db.prepare('SELECT COUNT(*) AS n FROM blacklist WHERE owner_id = ?');
  return {
    has: (o, b) => hasStmt.get(o, b) !== undefined,
    add: (o, b, t) => insert.run(o, b, t).changes > 0,
    remove: (o, b) => del.run(o, b).changes > 0,
    page: (o, offset, limit) =>
      (pageStmt.all(o, limit, offset) as { blocked_id: string; add_time: number }[]).map((r) => ({
        userID: r.blocked_id,
        addTime: r.add_time,
      })),
    count: (o) => (countStmt.get(o) as { n: number }).n,
  };
}
