// What is left of a dismissed group. Its row, members, applications and @ tips
// go (membership.ts); its stream (messages and tips) moves here as JSON rows,
// so nothing stored is thrown away, yet a custom group ID reused later starts
// with an empty history and sequence 1. Per-message and per-user state keyed by
// (group, seq) or (user, group) goes too: it would leak into the new group.
import type { Db } from '../db.js';

const STREAM_TABLES = [
  { table: 'group_messages', kind: 'message' },
  { table: 'group_tips', kind: 'tip' },
] as const;

const GROUP_KEYED_STATE = [
  'group_msg_receipts',
  'group_message_hidden',
  'group_message_versions',
  'group_contacts',
] as const;

/** Archives the group's stream and drops its per-message state; call inside the dismissal transaction. */
export function archiveDismissedGroup(db: Db, groupID: string, dismissedAt: number): void {
  const archive = db.prepare(`INSERT INTO dismissed_group_entries
    (group_id, dismissed_at, kind, seq, row) VALUES (?, ?, ?, ?, ?)`);
  for (const { table, kind } of STREAM_TABLES) {
    // Table names come from the constants above, never from input.
    const rows = db.prepare(`SELECT * FROM ${table} WHERE group_id = ?`).all(groupID) as {
      seq: number;
    }[];
    for (const r of rows) archive.run(groupID, dismissedAt, kind, r.seq, JSON.stringify(r));
    db.prepare(`DELETE FROM ${table} WHERE group_id = ?`).run(groupID);
  }
  for (const table of GROUP_KEYED_STATE)
    db.prepare(`DELETE FROM ${table} WHERE group_id = ?`).run(groupID);
}
