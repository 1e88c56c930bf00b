// Edits to stored group messages after they were sent: "delete for me" (one
// member's hidden sequences; the others keep the message) and modify (a new
// body and a version that guards concurrent edits). Kept beside group_messages
// rather than in it so its row shape stays the send path's.
import type { Db } from '../db.js';

/** Hides these sequences of the group from one member's history. */
export function hideGroupMessages(db: Db, userID: string, groupID: string, seqs: number[]): void {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO group_message_hidden (user_id, group_id, seq) VALUES (?, ?, ?)',
  );
  db.transaction(() => {
    for (const seq of seqs) insert.run(userID, groupID, seq);
  })();
}

/** Which of `seqs` this member deleted for themselves. */
export function hiddenGroupSeqs(
  db: Db,
  userID: string,
  groupID: string,
  seqs: number[],
): Set<number> {
  if (seqs.length === 0) return new Set();
  const rows = db
    .prepare(
      `SELECT seq FROM group_message_hidden WHERE user_id = ? AND group_id = ?
       AND seq IN (${seqs.map(() => '?').join(',')})`,
    )
    .all(userID, groupID, ...seqs) as { seq: number }[];
  return new Set(rows.map((r) => r.seq));
}

/** Current version of each listed message that was ever modified (absent: 0). */
export function groupMessageVersions(db: Db, groupID: string, seqs: number[]): Map<number, number> {
  if (seqs.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT seq, version FROM group_message_versions WHERE group_id = ?
       AND seq IN (${seqs.map(() => '?').join(',')})`,
    )
    .all(groupID, ...seqs) as { seq: number; version: number }[];
  return new Map(rows.map((r) => [r.seq, r.version]));
}

export const groupMessageVersion = (db: Db, groupID: string, seq: number): number =>
  groupMessageVersions(db, groupID, [seq]).get(seq) ?? 0;

/**
 * Writes the new body and custom data and bumps the version, in one
 * transaction; returns the new version.
 */
export function modifyGroupMessage(
  db: Db,
  groupID: string,
  seq: number,
  body: unknown[],
  cloudCustomData: string,
): number {
  return db.transaction(() => {
    db.prepare(
      'UPDATE group_messages SET body = ?, cloud_custom = ? WHERE group_id = ? AND seq = ?',
    ).run(JSON.stringify(body), cloudCustomData, groupID, seq);
    const next = groupMessageVersion(db, groupID, seq) + 1;
    db.prepare(
      `INSERT INTO group_message_versions (group_id, seq, version) VALUES (?, ?, ?)
       ON CONFLICT (group_id, seq) DO UPDATE SET version = excluded.version`,
    ).run(groupID, seq, next);
    return next;
  })();
}
