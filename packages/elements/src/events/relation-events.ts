// Events of the relationship elements. They extend TimEventMap (and with it
// GlobalEventHandlersEventMap) by declaration merging, so events.ts stays as it is.
import type {
  TimAddFriendResult,
  TimApplicationResponse,
  TimNotificationSettings,
  TimProfile,
} from '@tim-kit/headless';

/** Detail of `tim-friend-add`: how a friend request the user sent ended. */
export type TimFriendAddDetail = TimAddFriendResult;

/** Detail of `tim-friend-request-respond`: the user answered an incoming friend request. */
export interface TimFriendRequestRespondDetail {
  userID: string;
  action: TimApplicationResponse;
}

/** Detail of `tim-friend-remove`: the user deleted a friend (both ways). */
export interface TimFriendRemoveDetail {
  userID: string;
}

/** Detail of `tim-blacklist-change`: the user blocked or unblocked someone. */
export interface TimBlacklistChangeDetail {
  userID: string;
  blocked: boolean;
}

/** Detail of `tim-profile-update`: the own profile after a save. */
export interface TimProfileUpdateDetail {
  profile: TimProfile;
}

/** Detail of `tim-notification-settings-change`: the settings after a change. */
export interface TimNotificationSettingsChangeDetail {
  settings: TimNotificationSettings;
}

declare module './events.js' {
  interface TimEventMap {
    'tim-friend-add': CustomEvent<TimFriendAddDetail>;
    'tim-friend-request-respond': CustomEvent<TimFriendRequestRespondDetail>;
    'tim-friend-remove': CustomEvent<TimFriendRemoveDetail>;
    'tim-blacklist-change': CustomEvent<TimBlacklistChangeDetail>;
    'tim-profile-update': CustomEvent<TimProfileUpdateDetail>;
    'tim-notification-settings-change': CustomEvent<TimNotificationSettingsChangeDetail>;
  }
}
