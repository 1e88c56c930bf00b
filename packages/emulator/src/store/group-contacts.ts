// Per-user state of a group conversation, kept apart from membership: pin,
// marks, and two sequences. deleted_seq hides the conversation from the list
// until a newer message; cleared_seq hides history up to it for this user only
// (the group's messages stay for everyone else).
import type { Db } from './db.js';

export interface GroupContactState {
  pinned: boolean;
  marks: number[];
  customMark: string;
  deletedSeq: number;
  clearedSeq: number;
}

const EMPTY: GroupContactState = {
  pinned: false,
  marks: [],
  customMark: '',
  deletedSeq: 0,
  clearedSeq: 0,
};

type Raw = {
  pinned: number;
  marks: string;
  custom_mark: string;
  deleted_seq: number;
  cleared_seq: number;
};

export function getGroupContact(db: Db, owner: string, groupID: string): GroupContactState {
  const r = db
    .prepare('SELECT * FROM group_contacts WHERE owner_id = ? AND group_id = ?')
    .get(owner, groupID) as Raw | undefined;
  if (!r) return { ...EMPTY };
  return {
    pinned: r.pinned === 1,
    marks: JSON.parse(r.marks) as number[],
    customMark: r.custom_mark,
    deletedSeq: r.deleted_seq,
    clearedSeq: r.cleared_seq,
  };
}

const COLUMNS = {
  pinned: 'pinned',
  marks: 'marks',
  customMark: 'custom_mark',
  deletedSeq: 'deleted_seq',
  clearedSeq: 'cleared_seq',
} as const;

/** Writes the given fields, creating the row on first use. */
export function updateGroupContact(
  db: Db,
  owner: string,
  groupID: string,
  change: Partial<GroupContactState>,
): void {
  db.transaction(() => {
    db.prepare('INSERT OR IGNORE INTO group_contacts (owner_id, group_id) VALUES (?, ?)').run(
      owner,
      groupID,
    );
    for (const [key, column] of Object.entries(COLUMNS)) {
      const v = change[key as keyof GroupContactState];
      if (v === undefined) continue;
      const stored =
        typeof v === 'boolean' ? (v ? 1 : 0) : Array.isArray(v) ? JSON.stringify(v) : v;
      db.prepare(`UPDATE group_contacts SET ${column} = ? WHERE owner_id = ? AND group_id = ?`).run(
        stored,
        owner,
        groupID,
      );
    }
  })();
}
