// One row per direction of a friendship: (owner, friend) means `friend` is in
// `owner`'s list. Tencent friendships can be one-way, so "both" is two rows.
import type { Db } from '../db.js';

export type SnsValue = string | number;

export interface FriendRow {
  ownerID: string;
  friendID: string;
  remark: string;
  addSource: string;
  addWording: string;
  addTime: number;
  /** Tag_SNS_Custom_* values. */
  custom: Record<string, SnsValue>;
}

export interface FriendStore {
  get(ownerID: string, friendID: string): FriendRow | undefined;
  has(ownerID: string, friendID: string): boolean;
  /** The owner's friends in the order they were added. */
  page(ownerID: string, offset: number, limit: number): FriendRow[];
  count(ownerID: string): number;
  /** Users whose list contains `friendID` (they get its profile changes). */
  ownersOf(friendID: string): string[];
  /** Inserts; a row that already exists is left as it is. */
  add(row: FriendRow): boolean;
  remove(ownerID: string, friendID: string): boolean;
  update(
    ownerID: string,
    friendID: string,
    changes: { remark?: string; custom?: Record<string, SnsValue> },
  ): void;
}

type Raw = {
  owner_id: string;
  friend_id: string;
  remark: string;
  add_source: string;
  add_wording: string;
  add_time: number;
  custom: string;
};

const toRow = (r: Raw): FriendRow => ({
  ownerID: r.owner_id,
  friendID: r.friend_id,
  remark: r.remark,
  addSource: r.add_source,
  addWording: r.add_wording,
  addTime: r.add_time,
  custom: JSON.parse(r.custom) as Record<string, SnsValue>,
});

export function createFriendStore(db: Db): FriendStore {
  const getStmt = db.prepare('SELECT * FROM friends WHERE owner_id = ? AND friend_id = ?');
  const pageStmt = db.prepare(
    'SELECT * FROM friends WHERE owner_id = ? ORDER BY rowid LIMIT ? OFFSET ?',
  );
  const countStmt = db.prepare('SELECT COUNT(*) AS n FROM friends WHERE owner_id = ?');
  const ownersStmt = db.prepare('SELECT owner_id FROM friends WHERE friend_id = ?');
  const insert = db.prepare(
    `INSERT OR IGNORE INTO friends (owner_id, friend_id, remark, add_source, add_wording, add_time, custom)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const del = db.prepare('DELETE FROM friends WHERE owner_id = ? AND friend_id = ?');
  const delMembership = db.prepare(
    'DELETE FROM friend_group_members WHERE owner_id = ? AND friend_id = ?',
  );
  const setRemark = db.prepare(
    'UPDATE friends SET remark = ? WHERE owner_id = ? AND friend_id = ?',
  );
  const setCustom = db.prepare(
    'UPDATE friends SET custom = ? WHERE owner_id = ? AND friend_id = ?',
  );

  const get = (o: string, f: string): FriendRow | undefined => {
    const r = getStmt.get(o, f) as Raw | undefined;
    return r ? toRow(r) : undefined;
  };
  // A friend who leaves the list leaves every friend group of that list too.
  const remove = db.transaction((o: string, f: string): boolean => {
    delMembership.run(o, f);
    return del.run(o, f).changes > 0;
  });
  const update = db.transaction(
    (o: string, f: string, changes: { remark?: string; custom?: Record<string, SnsValue> }) => {
      if (changes.remark !== undefined) setRemark.run(changes.remark, o, f);
      if (changes.custom) {
        const row = get(o, f);
        if (row) setCustom.run(JSON.stringify({ ...row.custom, ...changes.custom }), o, f);
      }
    },
  );

  return {
    get,
    has: (o, f) => getStmt.get(o, f) !== undefined,
    page: (o, offset, limit) => (pageStmt.all(o, limit, offset) as Raw[]).map(toRow),
    count: (o) => (countStmt.get(o) as { n: number }).n,
    ownersOf: (f) => (ownersStmt.all(f) as { owner_id: string }[]).map((r) => r.owner_id),
    add: (row) =>
      insert.run(
        row.ownerID,
        row.friendID,
        row.remark,
        row.addSource,
        row.addWording,
        row.addTime,
        JSON.stringify(row.custom),
      ).changes > 0,
    remove: (o, f) => remove(o, f),
    update: (o, f, c) => update(o, f, c),
  };
}
