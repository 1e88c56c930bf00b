import type { ReadableAtom } from 'nanostores';
import type { TimLoadState } from '../internal/load-state.js';

export type TimGender = 'unknown' | 'female' | 'male';
/** Who may add this user as a friend: anyone, after confirmation, or nobody. */
export type TimAllowType = 'allow-any' | 'need-confirm' | 'deny-any';

export interface TimProfile {
  userID: string;
  nick: string;
  /** URL or '' */
  avatar: string;
  signature: string;
  gender: TimGender;
  /** An app-defined uint32, e.g. 20000101 */
  birthday: number;
  location: string;
  language: number;
  level: number;
  role: number;
  allowType: TimAllowType;
}

/** The fields updateSelf() may change; at least one is required. Limits are Tencent's. */
export interface TimProfileUpdate {
  /** at most 500 UTF-8 bytes */
  nick?: string;
  /** URL, at most 500 UTF-8 bytes */
  avatar?: string;
  /** at most 500 UTF-8 bytes */
  signature?: string;
  gender?: TimGender;
  /** uint32 */
  birthday?: number;
  /** at most 16 UTF-8 bytes */
  location?: string;
  /** uint32 */
  language?: number;
  /** uint32 */
  level?: number;
  /** uint32 */
  role?: number;
  allowType?: TimAllowType;
}

export interface TimProfiles {
  /** The logged-in user's profile; null while logged out. Follows PROFILE_UPDATED. */
  $self: ReadableAtom<TimProfile | null>;
  /** Whether `$self` arrived in this session: `'pending'` until then, `'failed'` if reading it failed. */
  $loadState: ReadableAtom<TimLoadState>;
  /** Reads the own profile again from the SDK (kept current by server pushes) and updates $self. */
  refreshSelf(): Promise<TimProfile>;
  /**
   * Profiles of up to 1000 users, in the order asked (users the server returns nothing for are
   * left out). Without
   * `force`, users already in the core's cache are answered from it and only the others are
   * fetched; with `force`, all are read through the SDK again (see the README for its own cache).
   */
  getProfiles(userIDs: readonly string[], options?: { force?: boolean }): Promise<TimProfile[]>;
  /** The cached profile of one user (self, friends, anyone fetched), with no network call. */
  cachedProfile(userID: string): TimProfile | null;
  /** Changes the own profile; resolves with the updated profile. */
  updateSelf(changes: TimProfileUpdate): Promise<TimProfile>;
}
