// Friend applications waiting for the target's answer: one per (applicant,
// target). `read` is the target's "seen" mark (pendency_report).
import type { Db } from '../db.js';

export interface PendencyRow {
  fromID: string;
  toID: string;
  addSource: string;
  addWording: string;
  remark: string;
  groupName: string;
  addType: string;
  addTime: number;
  read: boolean;
}

export interface PendencyStore {
  get(fromID: string, toID: string): PendencyRow | undefined;
  /** Creates or refreshes an application (a second request replaces the first). */
  put(row: Omit<PendencyRow, 'read'>): void;
  remove(fromID: string, toID: string): boolean;
  /** Applications the user received (ComeIn) or sent (SendOut), newest first. */
  incoming(userID: string): PendencyRow[];
  outgoing(userID: string): PendencyRow[];
  unreadCount(userID: string): number;
  /** Marks received applications up to `upTo` (seconds) as read. */
  markRead(userID: string, upTo: number): number;
}

type Raw = {
  from_id: string;
  to_id: string;
  add_source: string;
  add_wording: string;
  remark: string;
  group_name: string;
  add_type: string;
  add_time: number;
  read: number;
};

const toRow = (r: Raw): PendencyRow => ({
  fromID: r.from_id,
  toID: r.to_id,
  addSource: r.add_source,
  addWording: r.add_wording,
  remark: r.remark,
  groupName: r.group_name,
  addType: r.add_type,
  addTime: r.add_time,
  read: r.read === 1,
});

export function createPendencyStore(db: Db): PendencyStore {
  const getStmt = db.prepare('SELECT * FROM friend_pendencies WHERE from_id = ? AND to_id = ?');
  const upsert = db.prepare(
    `INSERT OR REPLACE INTO friend_pendencies
       (from_id, to_id, add_source, add_wording, remark, group_name, add_type, add_time, read)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)`,
  );
  const del = db.prepare('DELETE FROM friend_pendencies WHERE from_id = ? AND to_id = ?');
  const inStmt = db.prepare(
    'SELECT * FROM friend_pendencies WHERE to_id = ? ORDER BY add_time DESC, rowid DESC',
  );
  const outStmt = db.prepare(
    'SELECT * FROM friend_pendencies WHERE from_id = ? ORDER BY add_time DESC, rowid DESC',
  );
  const unread = db.prepare(
    'SELECT COUNT(*) AS n FROM friend_pendencies WHERE to_id = ? AND read = 0',
  );
  const mark = db.prepare(
    'UPDATE friend_pendencies SET read = 1 WHERE to_id = ? AND read = 0 AND add_time <= ?',
  );

  return {
    get(f, t) {
      const r = getStmt.get(f, t) as Raw | undefined;
      return r ? toRow(r) : undefined;
    },
    put(p) {
      upsert.run(
        p.fromID,
        p.toID,
        p.addSource,
        p.addWording,
        p.remark,
        p.groupName,
        p.addType,
        p.addTime,
      );
    },
    remove: (f, t) => del.run(f, t).changes > 0,
    incoming: (u) => (inStmt.all(u) as Raw[]).map(toRow),
    outgoing: (u) => (outStmt.all(u) as Raw[]).map(toRow),
    unreadCount: (u) => (unread.get(u) as { n: number }).n,
    markRead: (u, upTo) => mark.run(u, upTo).changes,
  };
}
