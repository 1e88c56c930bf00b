// The relationship stores (friends, applications, blacklist, friend groups),
// built together because their operations span several of them.
import type { Db } from '../db.js';
import { createBlacklistStore, type BlacklistStore } from './blacklist.js';
import { createFriendGroupStore, type FriendGroupStore } from './friend-groups.js';
import { createFriendStore, type FriendStore } from './friends.js';
import { createPendencyStore, type PendencyStore } from './pendencies.js';

export interface RelationStores {
  friends: FriendStore;
  pendencies: PendencyStore;
  blacklist: BlacklistStore;
  friendGroups: FriendGroupStore;
  /** Runs fn in one SQLite transaction: a multi-step change commits whole or not at all. */
  atomically<T>(fn: () => T): T;
}

export function createRelationStores(db: Db): RelationStores {
  return {
    friends: createFriendStore(db),
    pendencies: createPendencyStore(db),
    blacklist: createBlacklistStore(db),
    friendGroups: createFriendGroupStore(db),
    atomically: <T>(fn: () => T): T => db.transaction(fn)(),
  };
}
