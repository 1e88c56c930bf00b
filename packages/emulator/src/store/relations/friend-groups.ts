// Named friend groups per user and which friends are in them. Members must be
// in the owner's friend list; friends.ts drops memberships when a friend goes.
import type { Db } from '../db.js';

export interface FriendGroupStore {
  /** Group names in creation order. */
  names(ownerID: string): string[];
  exists(ownerID: string, name: string): boolean;
  create(ownerID: string, name: string, createdAt: number): void;
  remove(ownerID: string, name: string): boolean;
  rename(ownerID: string, oldName: string, newName: string): void;
  members(ownerID: string, name: string): string[];
  addMember(ownerID: string, name: string, friendID: string): void;
  removeMember(ownerID: string, name: string, friendID: string): boolean;
  /** The groups a friend is in, in group creation order. */
  groupsOf(ownerID: string, friendID: string): string[];
}

export function createFriendGroupStore(db: Db): FriendGroupStore {
  const namesStmt = db.prepare('SELECT name FROM friend_groups WHERE owner_id = ? ORDER BY rowid');
  const existsStmt = db.prepare('SELECT 1 FROM friend_groups WHERE owner_id = ? AND name = ?');
  const insert = db.prepare(
    'INSERT INTO friend_groups (owner_id, name, created_at) VALUES (?, ?, ?)',
  );
  const delGroup = db.prepare('DELETE FROM friend_groups WHERE owner_id = ? AND name = ?');
  const delMembers = db.prepare('DELETE FROM friend_group_members WHERE owner_id = ? AND name = ?');
  const renameGroup = db.prepare(
    'UPDATE friend_groups SET name = ? WHERE owner_id = ? AND name = ?',
  );
  const renameMembers = db.prepare(
    'UPDATE friend_group_members SET name = ? WHERE owner_id = ? AND name = ?',
  );
  const membersStmt = db.prepare(
    'SELECT friend_id FROM friend_group_members WHERE owner_id = ? AND name = ? ORDER BY rowid',
  );
  const addMember = db.prepare(
    'INSERT OR IGNORE INTO friend_group_members (owner_id, name, friend_id) VALUES (?, ?, ?)',
  );
  const delMember = db.prepare(
    'DELETE FROM friend_group_members WHERE owner_id = ? AND name = ? AND friend_id = ?',
  );
  const groupsOf = db.prepare(
    `SELECT g.name FROM friend_groups g JOIN friend_group_members m
       ON m.owner_id = g.owner_id AND m.name = g.name
     WHERE g.owner_id = ? AND m.friend_id = ? ORDER BY g.rowid`,
  );

  const remove = db.transaction((o: string, n: string) => {
    delMembers.run(o, n);
    return delGroup.run(o, n).changes > 0;
  });
  const rename = db.transaction((o: string, from: string, to: string) => {
    renameGroup.run(to, o, from);
    renameMembers.run(to, o, from);
  });

  return {
    names: (o) => (namesStmt.all(o) as { name: string }[]).map((r) => r.name),
    exists: (o, n) => existsStmt.get(o, n) !== undefined,
    create: (o, n, t) => void insert.run(o, n, t),
    remove: (o, n) => remove(o, n),
    rename: (o, a, b) => rename(o, a, b),
    members: (o, n) => (membersStmt.all(o, n) as { friend_id: string }[]).map((r) => r.friend_id),
    addMember: (o, n, f) => void addMember.run(o, n, f),
    removeMember: (o, n, f) => delMember.run(o, n, f).changes > 0,
    groupsOf: (o, f) => (groupsOf.all(o, f) as { name: string }[]).map((r) => r.name),
  };
}
