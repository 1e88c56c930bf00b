import type { ReadableAtom } from 'nanostores';
import type { TimLoadState } from '../internal/load-state.js';
import type { TimProfile } from '../profile/types.js';

export interface TimFriend {
  userID: string;
  /** '' when none was set */
  remark: string;
  /** What to show: remark > nick > userID */
  name: string;
  /** Names of the friend groups this friend is in */
  groups: readonly string[];
  /** How the friendship started, e.g. 'AddSource_Type_Web' */
  source: string;
  /** The request text sent when the friendship was requested */
  wording: string;
  profile: TimProfile;
}

export interface TimAddFriendInput {
  userID: string;
  /** at most 96 UTF-8 bytes */
  remark?: string;
  /** The request text the other user sees; at most 256 UTF-8 bytes */
  wording?: string;
  /** A keyword of at most 8 ASCII letters ('Web'), sent as 'AddSource_Type_<keyword>'. Default 'Web'. */
  source?: string;
  /** An existing friend group to put the new friend in */
  group?: string;
  /** false: add one way (only to your list). Default true: both lists. */
  both?: boolean;
}

/**
 * How a friend request ended. A request the server answered is a result, not an error:
 * - 'added' (code 0): you are friends now.
 * - 'pending' (30539): the other user confirms requests; yours awaits them.
 * - 'refused' (30516): the other user accepts no friend requests.
 * - 'blacklisted': 30515 they are on your blocklist, 30525 you are on theirs.
 * - 'limit': 30010 your friend list is full, 30014 theirs is.
 */
export type TimAddFriendStatus = 'added' | 'pending' | 'refused' | 'blacklisted' | 'limit';

export interface TimAddFriendResult {
  userID: string;
  status: TimAddFriendStatus;
  code: number;
}

export interface TimFriendUpdate {
  userID: string;
  /** at most 96 UTF-8 bytes; '' clears it */
  remark?: string;
  /** The complete set of friend groups the friend should be in (each must exist) */
  groups?: readonly string[];
}

/** Per-user outcome of an action on several users. */
export interface TimUserFailure {
  userID: string;
  code: number;
  message: string;
}

export interface TimBatchResult {
  succeeded: string[];
  failed: TimUserFailure[];
}

/**
 * 'none': on neither list; 'in-my-list': they are on my list only; 'in-their-list': I am on
 * theirs only; 'both': friends both ways.
 */
export type TimFriendRelation = 'none' | 'in-my-list' | 'in-their-list' | 'both';

export interface TimFriendCheck {
  userID: string;
  relation: TimFriendRelation;
}

export type TimApplicationDirection = 'incoming' | 'outgoing';

export interface TimFriendApplication {
  /** incoming: who asked; outgoing: whom I asked */
  userID: string;
  direction: TimApplicationDirection;
  nick: string;
  avatar: string;
  wording: string;
  source: string;
  /** ms since the epoch */
  time: number;
}

export type TimApplicationResponse = 'agree' | 'agree-and-add' | 'refuse';

export interface TimApplicationPage {
  applications: TimFriendApplication[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: number | null;
  unreadCount: number;
}

export interface TimFriends {
  /** Sorted by name. Follows FRIEND_LIST_UPDATED, profile changes and friend-group changes. */
  $friends: ReadableAtom<readonly TimFriend[]>;
  /** Whether the first list of this session arrived: `'pending'` until then, `'failed'` if fetching it failed. */
  $loadState: ReadableAtom<TimLoadState>;
  /** Incoming and outgoing requests, newest first. */
  $applications: ReadableAtom<readonly TimFriendApplication[]>;
  /** Like `$loadState`, for `$applications`. */
  $applicationsLoadState: ReadableAtom<TimLoadState>;
  /** Incoming requests not yet marked read. */
  $unreadApplicationCount: ReadableAtom<number>;
  add(input: TimAddFriendInput): Promise<TimAddFriendResult>;
  update(input: TimFriendUpdate): Promise<TimFriend>;
  /** `both: true` also removes you from their lists. */
  remove(userIDs: readonly string[], options?: { both?: boolean }): Promise<TimBatchResult>;
  check(userIDs: readonly string[]): Promise<TimFriendCheck[]>;
  /** Answers an incoming request: agree (one way), agree-and-add (both ways) or refuse. */
  respond(input: {
    userID: string;
    action: TimApplicationResponse;
    remark?: string;
  }): Promise<void>;
  deleteApplications(
    userIDs: readonly string[],
    options?: { direction?: TimApplicationDirection },
  ): Promise<TimBatchResult>;
  markApplicationsRead(): Promise<void>;
  /** A page of requests (newest first), by direction; read from the list the SDK keeps. */
  applicationPage(options?: {
    direction?: TimApplicationDirection | 'both';
    cursor?: number;
    pageSize?: number;
  }): TimApplicationPage;
}
