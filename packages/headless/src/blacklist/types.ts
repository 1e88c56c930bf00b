import type { ReadableAtom } from 'nanostores';
import type { TimLoadState } from '../internal/load-state.js';

export interface TimBlacklist {
  /**
   * IDs of the users you blocked, in the order the SDK lists them. Blocked users cannot send you
   * C2C messages (their send fails with 20007) or friend requests.
   */
  $blacklist: ReadableAtom<readonly string[]>;
  /** Whether the first list of this session arrived: `'pending'` until then, `'failed'` if fetching it failed. */
  $loadState: ReadableAtom<TimLoadState>;
  /** Blocks users; at most 1000 blocked in all (30013). */
  add(userIDs: readonly string[]): Promise<void>;
  remove(userIDs: readonly string[]): Promise<void>;
}
