// Per-user delivery log for openim.getmsg. Every C2C message gets an entry in
// the recipient's inbox (and the sender's, for their other instances); entries
// not yet pushed to a live socket are handed out by the next getmsg. The SDK's
// Cookie is the highest inbox seq it has seen.
import type { Db } from './db.js';

export interface InboxStore {
  append(userID: string, messageID: number, delivered: boolean): number;
  markDelivered(userID: string, seq: number): void;
  /** Undelivered entries after `afterSeq`, oldest first, marked delivered. */
  takeUndelivered(userID: string, afterSeq: number): number[];
  maxSeq(userID: string): number;
}

export function createInboxStore(db: Db): InboxStore {
  const maxStmt = db.prepare('SELECT COALESCE(MAX(seq), 0) AS n FROM inbox WHERE user_id = ?');
  const insert = db.prepare(
    'INSERT INTO inbox (user_id, seq, message_id, delivered) VALUES (?, ?, ?, ?)',
  );
  const mark = db.prepare('UPDATE inbox SET delivered = 1 WHERE user_id = ? AND seq = ?');
  const pending = db.prepare(
    'SELECT seq, message_id FROM inbox WHERE user_id = ? AND delivered = 0 AND seq > ? ORDER BY seq',
  );
  const markUpTo = db.prepare(
    'UPDATE inbox SET delivered = 1 WHERE user_id = ? AND delivered = 0 AND seq > ? AND seq <= ?',
  );
  const maxSeq = (userID: string): number => (maxStmt.get(userID) as { n: number }).n;

  const append = db.transaction((userID: string, messageID: number, delivered: boolean) => {
    const seq = maxSeq(userID) + 1;
    insert.run(userID, seq, messageID, delivered ? 1 : 0);
    return seq;
  });
  const take = db.transaction((userID: string, afterSeq: number) => {
    const rows = pending.all(userID, afterSeq) as { seq: number; message_id: number }[];
    const last = rows[rows.length - 1];
    if (last) markUpTo.run(userID, afterSeq, last.seq);
    return rows.map((r) => r.message_id);
  });

  return {
    append: (u, m, d) => append(u, m, d),
    markDelivered: (u, s) => void mark.run(u, s),
    takeUndelivered: (u, a) => take(u, a),
    maxSeq,
  };
}
