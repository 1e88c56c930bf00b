// Applications to join a group awaiting an owner's or admin's decision. One row
// per (group, applicant): applying again refreshes it.
import type { Db } from '../db.js';

export interface PendencyRow {
  groupID: string;
  applicant: string;
  applyMsg: string;
  addTime: number;
  /** 0 pending, 1 handled. */
  handled: number;
  /** 0 approved, 1 refused (meaningful once handled). */
  result: number;
  handler: string;
}

export interface PendencyStore {
  upsert(groupID: string, applicant: string, applyMsg: string, addTime: number): void;
  get(groupID: string, applicant: string): PendencyRow | undefined;
  /** Applications to the given groups with add_time >= startTime, oldest first. */
  forGroups(groupIDs: string[], startTime: number, limit: number): PendencyRow[];
  handle(groupID: string, applicant: string, result: number, handler: string): void;
  removeGroup(groupID: string): void;
}

type Raw = {
  group_id: string;
  applicant: string;
  apply_msg: string;
  add_time: number;
  handled: number;
  result: number;
  handler: string;
};

const fromRaw = (r: Raw): PendencyRow => ({
  groupID: r.group_id,
  applicant: r.applicant,
  applyMsg: r.apply_msg,
  addTime: r.add_time,
  handled: r.handled,
  result: r.result,
  handler: r.handler,
});

export function createPendencyStore(db: Db): PendencyStore {
  const upsertStmt =
    db.prepare(`INSERT INTO group_pendency (group_id, applicant, apply_msg, add_time)
    VALUES (?, ?, ?, ?) ON CONFLICT (group_id, applicant) DO UPDATE SET
    apply_msg = excluded.apply_msg, add_time = excluded.add_time, handled = 0, result = 0, handler = ''`);
  const getStmt = db.prepare('SELECT * FROM group_pendency WHERE group_id = ? AND applicant = ?');
  const handleStmt = db.prepare(
    'UPDATE group_pendency SET handled = 1, result = ?, handler = ? WHERE group_id = ? AND applicant = ?',
  );
  const removeStmt = db.prepare('DELETE FROM group_pendency WHERE group_id = ?');

  return {
    upsert: (g, a, m, t) => void upsertStmt.run(g, a, m, t),
    get(groupID, applicant) {
      const r = getStmt.get(groupID, applicant) as Raw | undefined;
      return r && fromRaw(r);
    },
    forGroups(groupIDs, startTime, limit) {
      if (groupIDs.length === 0) return [];
      const marks = groupIDs.map(() => '?').join(',');
      const rows = db
        .prepare(
          `SELECT * FROM group_pendency WHERE group_id IN (${marks}) AND add_time >= ?
           ORDER BY add_time, rowid LIMIT ?`,
        )
        .all(...groupIDs, startTime, limit) as Raw[];
      return rows.map(fromRaw);
    },
    handle: (g, a, result, handler) => void handleStmt.run(result, handler, g, a),
    removeGroup: (g) => void removeStmt.run(g),
  };
}
