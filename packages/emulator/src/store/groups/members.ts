// Group membership: role, join time, mute-until, name card, message receive
// option, the member's read sequence (what unread counts are measured from) and
// history floor (the sequence their view of the group's history starts after).
import type { Db } from '../db.js';

export type MemberRole = 'Owner' | 'Admin' | 'Member';
export type MsgFlag = 'AcceptAndNotify' | 'AcceptNotNotify' | 'Discard';

export interface MemberRow {
  groupID: string;
  userID: string;
  role: MemberRole;
  joinTime: number;
  muteUntil: number;
  nameCard: string;
  msgFlag: MsgFlag;
  readSeq: number;
  /** Sequences up to this one were sent before the member joined and stay hidden (0: none). */
  historyFloor: number;
}

export type MemberChange = Partial<Pick<MemberRow, 'role' | 'muteUntil' | 'nameCard' | 'msgFlag'>>;

export interface MemberStore {
  get(groupID: string, userID: string): MemberRow | undefined;
  list(groupID: string): MemberRow[];
  count(groupID: string): number;
  /** Group IDs the user belongs to, most recently joined first. */
  groupsOf(userID: string): string[];
  add(
    groupID: string,
    userID: string,
    role: MemberRole,
    joinTime: number,
    readSeq: number,
    historyFloor?: number,
  ): void;
  update(groupID: string, userID: string, change: MemberChange): void;
  setReadSeq(groupID: string, userID: string, seq: number): void;
  remove(groupID: string, userID: string): void;
  removeAll(groupID: string): void;
}

type Raw = {
  group_id: string;
  user_id: string;
  role: string;
  join_time: number;
  mute_until: number;
  name_card: string;
  msg_flag: string;
  read_seq: number;
  history_floor: number;
};

const fromRaw = (r: Raw): MemberRow => ({
  groupID: r.group_id,
  userID: r.user_id,
  role: r.role as MemberRole,
  joinTime: r.join_time,
  muteUntil: r.mute_until,
  nameCard: r.name_card,
  msgFlag: r.msg_flag as MsgFlag,
  readSeq: r.read_seq,
  historyFloor: r.history_floor,
});

export function createMemberStore(db: Db): MemberStore {
  const getStmt = db.prepare('SELECT * FROM group_members WHERE group_id = ? AND user_id = ?');
  // Owner first, then admins, then members, each by join order: the order member lists show.
  const listStmt = db.prepare(`SELECT * FROM group_members WHERE group_id = ?
    ORDER BY CASE role WHEN 'Owner' THEN 0 WHEN 'Admin' THEN 1 ELSE 2 END, join_time, rowid`);
  const countStmt = db.prepare('SELECT COUNT(*) AS n FROM group_members WHERE group_id = ?');
  const groupsStmt = db.prepare(
    'SELECT group_id FROM group_members WHERE user_id = ? ORDER BY join_time DESC, rowid DESC',
  );
  const addStmt = db.prepare(`INSERT OR IGNORE INTO group_members
    (group_id, user_id, role, join_time, read_seq, history_floor) VALUES (?, ?, ?, ?, ?, ?)`);
  const updateStmt = db.prepare(`UPDATE group_members SET
    role = COALESCE(@role, role), mute_until = COALESCE(@muteUntil, mute_until),
    name_card = COALESCE(@nameCard, name_card), msg_flag = COALESCE(@msgFlag, msg_flag)
    WHERE group_id = @groupID AND user_id = @userID`);
  const readStmt = db.prepare(
    'UPDATE group_members SET read_seq = MAX(read_seq, ?) WHERE group_id = ? AND user_id = ?',
  );
  const removeStmt = db.prepare('DELETE FROM group_members WHERE group_id = ? AND user_id = ?');
  const removeAllStmt = db.prepare('DELETE FROM group_members WHERE group_id = ?');

  return {
    get(groupID, userID) {
      const r = getStmt.get(groupID, userID) as Raw | undefined;
      return r && fromRaw(r);
    },
    list: (groupID) => (listStmt.all(groupID) as Raw[]).map(fromRaw),
    count: (groupID) => (countStmt.get(groupID) as { n: number }).n,
    groupsOf: (userID) => (groupsStmt.all(userID) as { group_id: string }[]).map((r) => r.group_id),
    add: (groupID, userID, role, joinTime, readSeq, historyFloor = 0) =>
      void addStmt.run(groupID, userID, role, joinTime, readSeq, historyFloor),
    update: (groupID, userID, change) =>
      void updateStmt.run({
        groupID,
        userID,
        role: change.role ?? null,
        muteUntil: change.muteUntil ?? null,
        nameCard: change.nameCard ?? null,
        msgFlag: change.msgFlag ?? null,
      }),
    setReadSeq: (groupID, userID, seq) => void readStmt.run(seq, groupID, userID),
    remove: (groupID, userID) => void removeStmt.run(groupID, userID),
    removeAll: (groupID) => void removeAllStmt.run(groupID),
  };
}
