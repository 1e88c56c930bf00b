// Group tips kept in the group's stream: each tip takes the next per-group
// sequence (shared with group_messages), so history and unread counts order
// tips and messages together. Kept beside group_messages rather than in it:
// recall, receipts, edits and @-mentions address messages only.
import type { Db } from '../db.js';

export interface StoredGroupTip {
  groupID: string;
  seq: number;
  operator: string;
  random: number;
  msgTime: number;
  /** The tip's MsgBody as pushed (OpType, Operator_Account, List_Account, ...). */
  body: Record<string, unknown>;
}

type Raw = {
  group_id: string;
  seq: number;
  operator_id: string;
  random: number;
  msg_time: number;
  body: string;
};

const fromRaw = (r: Raw): StoredGroupTip => ({
  groupID: r.group_id,
  seq: r.seq,
  operator: r.operator_id,
  random: r.random,
  msgTime: r.msg_time,
  body: JSON.parse(r.body) as Record<string, unknown>,
});

export function insertGroupTip(db: Db, tip: StoredGroupTip): void {
  // OR REPLACE: a group ID reused after a dismissal restarts its sequences;
  // a stale tip must not make the new one (and the operation) fail.
  db.prepare(
    `INSERT OR REPLACE INTO group_tips (group_id, seq, operator_id, random, msg_time, body)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(tip.groupID, tip.seq, tip.operator, tip.random, tip.msgTime, JSON.stringify(tip.body));
}

/** Up to `count` tips with seq <= upTo, newest first (as group_messages.before). */
export function groupTipsBefore(
  db: Db,
  groupID: string,
  upTo: number,
  count: number,
): StoredGroupTip[] {
  const rows = db
    .prepare('SELECT * FROM group_tips WHERE group_id = ? AND seq <= ? ORDER BY seq DESC LIMIT ?')
    .all(groupID, upTo, count) as Raw[];
  return rows.map(fromRaw);
}

/** Which of `seqs` are tips of the group. */
export function groupTipSeqs(db: Db, groupID: string, seqs: number[]): Set<number> {
  if (seqs.length === 0) return new Set();
  const rows = db
    .prepare(
      `SELECT seq FROM group_tips WHERE group_id = ? AND seq IN (${seqs.map(() => '?').join(',')})`,
    )
    .all(groupID, ...seqs) as { seq: number }[];
  return new Set(rows.map((r) => r.seq));
}

export function lastGroupTip(db: Db, groupID: string): StoredGroupTip | undefined {
  const r = db
    .prepare('SELECT * FROM group_tips WHERE group_id = ? ORDER BY seq DESC LIMIT 1')
    .get(groupID) as Raw | undefined;
  return r && fromRaw(r);
}

/** The newest tip after `afterSeq` that `userID` did not delete for themselves. */
export function lastVisibleGroupTip(
  db: Db,
  groupID: string,
  userID: string,
  afterSeq: number,
): StoredGroupTip | undefined {
  const r = db
    .prepare(
      `SELECT * FROM group_tips WHERE group_id = ? AND seq > ? AND seq NOT IN
         (SELECT seq FROM group_message_hidden WHERE group_id = ? AND user_id = ?)
       ORDER BY seq DESC LIMIT 1`,
    )
    .get(groupID, afterSeq, groupID, userID) as Raw | undefined;
  return r && fromRaw(r);
}

/**
 * Tips after `afterSeq` that `userID` did not cause: they count as unread, as
 * the SDK counts a pushed tip ("in" flow) in the conversation's unread.
 */
export function countUnreadTips(db: Db, groupID: string, userID: string, afterSeq: number): number {
  const row = db
    .prepare(
      'SELECT COUNT(*) AS n FROM group_tips WHERE group_id = ? AND operator_id != ? AND seq > ?',
    )
    .get(groupID, userID, afterSeq) as { n: number };
  return row.n;
}
