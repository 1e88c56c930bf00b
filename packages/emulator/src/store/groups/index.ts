// The group stores, built together and hung on App as app.groups.
import type { Db } from '../db.js';
import { createGroupStore, type GroupStore } from './groups.js';
import { createMemberStore, type MemberStore } from './members.js';
import { createGroupMessageStore, type GroupMessageStore } from './group-messages.js';
import { createPendencyStore, type PendencyStore } from './pendency.js';
import { createGroupReceiptStore, type GroupReceiptStore } from './receipts.js';

export interface GroupStores {
  groups: GroupStore;
  members: MemberStore;
  messages: GroupMessageStore;
  pendency: PendencyStore;
  receipts: GroupReceiptStore;
  /** Runs fn in one SQLite transaction: a reply goes out only after it committed. */
  tx<T>(fn: () => T): T;
}

export function createGroupStores(db: Db): GroupStores {
  return {
    groups: createGroupStore(db),
    members: createMemberStore(db),
    messages: createGroupMessageStore(db),
    pendency: createPendencyStore(db),
    receipts: createGroupReceiptStore(db),
    tx: <T>(fn: () => T): T => db.transaction(fn)(),
  };
}
