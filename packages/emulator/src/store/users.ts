// Accounts and their profile fields. Profile values are kept as the wire sends
// them ({Tag: Value}), so portrait_get_all can answer with exactly what was set.
import type { Db } from './db.js';
import { nowSeconds } from './db.js';

/** Tencent's TinyIds for web users start here; ours add the account's ordinal. */
export const TINY_ID_BASE = 144115000000000000n;

export type ProfileValue = string | number;
export type Profile = Record<string, ProfileValue>;

export interface UserRow {
  userID: string;
  tinyId: string;
  profile: Profile;
}

export interface UserStore {
  get(userID: string): UserRow | undefined;
  exists(userID: string): boolean;
  /** Creates the account if missing; returns it either way. */
  ensure(userID: string, profile?: Profile): UserRow;
  setProfile(userID: string, changes: Profile): Profile;
}

export function createUserStore(db: Db): UserStore {
  const getStmt = db.prepare('SELECT user_id, tiny_id, profile FROM users WHERE user_id = ?');
  const maxTiny = db.prepare('SELECT COALESCE(MAX(tiny_id), 0) AS n FROM users');
  const insert = db.prepare(
    'INSERT INTO users (user_id, tiny_id, created_at, profile) VALUES (?, ?, ?, ?)',
  );
  const updateProfile = db.prepare('UPDATE users SET profile = ? WHERE user_id = ?');

  type Raw = { user_id: string; tiny_id: number; profile: string };
  const toRow = (r: Raw): UserRow => ({
    userID: r.user_id,
    tinyId: (TINY_ID_BASE + BigInt(r.tiny_id)).toString(),
    profile: JSON.parse(r.profile) as Profile,
  });

  const get = (userID: string): UserRow | undefined => {
    const r = getStmt.get(userID) as Raw | undefined;
    return r ? toRow(r) : undefined;
  };

  const ensure = db.transaction((userID: string, profile?: Profile): UserRow => {
    const existing = get(userID);
    if (existing) {
      if (profile && Object.keys(profile).length > 0) {
        updateProfile.run(JSON.stringify({ ...existing.profile, ...profile }), userID);
        return get(userID) as UserRow;
      }
      return existing;
    }
    const next = (maxTiny.get() as { n: number }).n + 1;
    insert.run(userID, next, nowSeconds(), JSON.stringify(profile ?? {}));
    return get(userID) as UserRow;
  });

  return {
    get,
    exists: (userID) => getStmt.get(userID) !== undefined,
    ensure: (userID, profile) => ensure(userID, profile),
    setProfile(userID, changes) {
      const row = ensure(userID);
      const merged = { ...row.profile, ...changes };
      updateProfile.run(JSON.stringify(merged), userID);
      return merged;
    },
  };
}
