import type { ReadableAtom } from 'nanostores';
import type { TimBatchResult } from '../friends/types.js';

export interface TimFriendGroup {
  name: string;
  userIDs: readonly string[];
}

export interface TimFriendGroups {
  /** In the order the SDK lists them. Follows FRIEND_GROUP_LIST_UPDATED. */
  $groups: ReadableAtom<readonly TimFriendGroup[]>;
  /** Creates a group (at most 32; names up to 30 bytes) holding those friends. */
  create(name: string, userIDs?: readonly string[]): Promise<TimBatchResult>;
  /** Deletes the groups; the friends stay friends. */
  remove(names: readonly string[]): Promise<void>;
  rename(oldName: string, newName: string): Promise<void>;
  addFriends(name: string, userIDs: readonly string[]): Promise<TimBatchResult>;
  removeFriends(name: string, userIDs: readonly string[]): Promise<TimBatchResult>;
}
