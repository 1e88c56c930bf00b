// Group system notices (Event 5 GroupTips items) that found none of the
// recipient's sockets: kept until the recipient's next openim.getmsg hands them
// out, so someone offline when they were kicked, approved or when a group was
// dismissed still learns of it at next login.
import type { Db } from './db.js';

export function keepGroupNotice(db: Db, userID: string, item: unknown): void {
  db.prepare('INSERT INTO group_notices_pending (user_id, item) VALUES (?, ?)').run(
    userID,
    JSON.stringify(item),
  );
}

/** The user's kept notices, oldest first; they are handed out once. */
export function takeGroupNotices(db: Db, userID: string): unknown[] {
  return db.transaction(() => {
    const rows = db
      .prepare('SELECT id, item FROM group_notices_pending WHERE user_id = ? ORDER BY id')
      .all(userID) as { id: number; item: string }[];
    db.prepare('DELETE FROM group_notices_pending WHERE user_id = ?').run(userID);
    return rows.map((r) => JSON.parse(r.item) as unknown);
  })();
}
