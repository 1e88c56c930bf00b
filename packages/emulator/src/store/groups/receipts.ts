// Group read receipts: who reported reading which message, one row per
// (group, seq, reader). Reporting twice keeps the first time.
import type { Db } from '../db.js';

export interface ReceiptRow {
  userID: string;
  readTime: number;
}

export interface GroupReceiptStore {
  /** True when this is the reader's first report for the message. */
  add(groupID: string, seq: number, userID: string, readTime: number): boolean;
  /** Readers of one message, oldest report first. */
  readers(groupID: string, seq: number): ReceiptRow[];
  /** When `userID` reported reading each of `seqs` (absent: not read). */
  readTimes(groupID: string, userID: string, seqs: readonly number[]): Map<number, number>;
  /** Drops a group's receipts (the group was dismissed). */
  removeAll(groupID: string): void;
}

export function createGroupReceiptStore(db: Db): GroupReceiptStore {
  const addStmt = db.prepare(`INSERT OR IGNORE INTO group_msg_receipts
    (group_id, seq, user_id, read_time) VALUES (?, ?, ?, ?)`);
  const readersStmt = db.prepare(`SELECT user_id, read_time FROM group_msg_receipts
    WHERE group_id = ? AND seq = ? ORDER BY read_time, rowid`);
  const oneStmt = db.prepare(`SELECT read_time FROM group_msg_receipts
    WHERE group_id = ? AND seq = ? AND user_id = ?`);
  const removeStmt = db.prepare('DELETE FROM group_msg_receipts WHERE group_id = ?');

  return {
    add: (groupID, seq, userID, readTime) =>
      addStmt.run(groupID, seq, userID, readTime).changes > 0,
    readers: (groupID, seq) =>
      (readersStmt.all(groupID, seq) as { user_id: string; read_time: number }[]).map((r) => ({
        userID: r.user_id,
        readTime: r.read_time,
      })),
    readTimes(groupID, userID, seqs) {
      const times = new Map<number, number>();
      for (const seq of seqs) {
        const r = oneStmt.get(groupID, seq, userID) as { read_time: number } | undefined;
        if (r) times.set(seq, r.read_time);
      }
      return times;
    },
    removeAll: (groupID) => void removeStmt.run(groupID),
  };
}
