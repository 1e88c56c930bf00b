// A member reading a group up to a sequence: shared by msg_read_report (one
// group) and read_all_unread_msg (every group the SDK has unread). Reading
// also reads the @ tips up to there, so groupAtInfoList clears either way.
import type { App } from '../../app.js';
import type { GroupRow } from '../../store/groups/groups.js';
import { clearAtTipsUpTo } from '../../store/groups/group-at.js';

/** Sets the member's read sequence (clamped to the group's history); returns it. */
export function markGroupRead(app: App, g: GroupRow, userID: string, seq: number): number {
  const readSeq = Math.min(Math.max(0, seq), g.lastSeq);
  app.groups.tx(() => {
    app.groups.members.setReadSeq(g.groupID, userID, readSeq);
    clearAtTipsUpTo(app.db, userID, g.groupID, readSeq);
  });
  return readSeq;
}
