// Group @-mentions at rest: who each stored group message mentions (a column
// of group_messages, read through these helpers so the message store stays
// unaware of it) and each member's unread @ tips, kept until they read the
// group or the SDK deletes them (openim.deletemsg).
import type { Db } from '../db.js';

/** Whom a group message mentions: named members and/or everyone. */
export interface Mentions {
  all: boolean;
  userIDs: string[];
}

export const NO_MENTIONS: Mentions = { all: false, userIDs: [] };

/** One member's unread @ tip: the message that mentioned them and how. */
export interface AtTip {
  groupID: string;
  seq: number;
  random: number;
  from: string;
  atMe: boolean;
  atAll: boolean;
}

export function saveMentions(db: Db, groupID: string, seq: number, m: Mentions): void {
  if (!m.all && m.userIDs.length === 0) return;
  db.prepare('UPDATE group_messages SET at_info = ? WHERE group_id = ? AND seq = ?').run(
    JSON.stringify(m),
    groupID,
    seq,
  );
}

/** The mentions of stored messages, by sequence (messages without any are absent). */
export function loadMentions(db: Db, groupID: string, seqs: number[]): Map<number, Mentions> {
  const out = new Map<number, Mentions>();
  if (seqs.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT seq, at_info FROM group_messages WHERE group_id = ? AND at_info != ''
       AND seq IN (${seqs.map(() => '?').join(',')})`,
    )
    .all(groupID, ...seqs) as { seq: number; at_info: string }[];
  for (const r of rows) out.set(r.seq, JSON.parse(r.at_info) as Mentions);
  return out;
}

export function addAtTips(db: Db, userIDs: string[], tip: Omit<AtTip, 'atMe'>, me: Set<string>) {
  const stmt = db.prepare(`INSERT OR REPLACE INTO group_at_tips
    (user_id, group_id, seq, random, from_id, at_me, at_all) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  db.transaction(() => {
    for (const id of userIDs)
      stmt.run(
        id,
        tip.groupID,
        tip.seq,
        tip.random,
        tip.from,
        me.has(id) ? 1 : 0,
        tip.atAll ? 1 : 0,
      );
  })();
}

type TipRow = {
  group_id: string;
  seq: number;
  random: number;
  from_id: string;
  at_me: number;
  at_all: number;
};

const fromRow = (r: TipRow): AtTip => ({
  groupID: r.group_id,
  seq: r.seq,
  random: r.random,
  from: r.from_id,
  atMe: r.at_me === 1,
  atAll: r.at_all === 1,
});

/** The user's unread @ tips, optionally in one group, oldest first. */
export function listAtTips(db: Db, userID: string, groupID?: string): AtTip[] {
  const rows = (
    groupID === undefined
      ? db
          .prepare('SELECT * FROM group_at_tips WHERE user_id = ? ORDER BY group_id, seq')
          .all(userID)
      : db
          .prepare('SELECT * FROM group_at_tips WHERE user_id = ? AND group_id = ? ORDER BY seq')
          .all(userID, groupID)
  ) as TipRow[];
  return rows.map(fromRow);
}

/** Drops the user's tips in a group up to a sequence (inclusive): read up to there. */
export function clearAtTipsUpTo(db: Db, userID: string, groupID: string, upTo: number): void {
  db.prepare('DELETE FROM group_at_tips WHERE user_id = ? AND group_id = ? AND seq <= ?').run(
    userID,
    groupID,
    upTo,
  );
}

/** Drops one tip (the SDK names it by group and message sequence). */
export function deleteAtTip(db: Db, userID: string, groupID: string, seq: number): void {
  db.prepare('DELETE FROM group_at_tips WHERE user_id = ? AND group_id = ? AND seq = ?').run(
    userID,
    groupID,
    seq,
  );
}

/** Drops every tip the users hold in a group: they left it or were kicked. */
export function dropAtTipsOfMembers(db: Db, groupID: string, userIDs: string[]): void {
  const stmt = db.prepare('DELETE FROM group_at_tips WHERE group_id = ? AND user_id = ?');
  db.transaction(() => {
    for (const id of userIDs) stmt.run(groupID, id);
  })();
}

/** Drops every tip of a group: it was dismissed. */
export function dropAtTipsOfGroup(db: Db, groupID: string): void {
  db.prepare('DELETE FROM group_at_tips WHERE group_id = ?').run(groupID);
}
