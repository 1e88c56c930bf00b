// Profiles, friends and friend requests in the seed's shapes.
import type { TimFriend, TimFriendApplication } from '../friends/types.js';
import type { TimProfile } from '../profile/types.js';
import { allowTypeOf, genderOf, pendencyGetTypeOf } from './enums.js';

export interface SeedProfile {
  identifier: string;
  nickName: string;
  faceUrl: string;
  signature: string;
  /** Android's string form, e.g. 'AllowType_Type_NeedConfirm'. */
  allowType: string;
  gender: number;
  birthday: number;
  language: number;
  location: string;
  level: number;
  role: number;
}

export function toSeedProfile(profile: TimProfile): SeedProfile {
  return {
    identifier: profile.userID,
    nickName: profile.nick,
    faceUrl: profile.avatar,
    signature: profile.signature,
    allowType: allowTypeOf[profile.allowType],
    gender: genderOf[profile.gender],
    birthday: profile.birthday,
    language: profile.language,
    location: profile.location,
    level: profile.level,
    role: profile.role,
  };
}

export function emptyProfile(userID: string): TimProfile {
  return {
    userID,
    nick: '',
    avatar: '',
    signature: '',
    gender: 'unknown',
    birthday: 0,
    location: '',
    language: 0,
    level: 0,
    role: 0,
    allowType: 'need-confirm',
  };
}

export interface SeedFriend {
  identifier: string;
  remark: string;
  addWorking: string;
  addSource: string;
  groupNames: string[];
  userProfile: SeedProfile;
}

export function toSeedFriend(friend: TimFriend): SeedFriend {
  return {
    identifier: friend.userID,
    remark: friend.remark,
    addWorking: friend.wording,
    addSource: friend.source,
    groupNames: [...friend.groups],
    userProfile: toSeedProfile(friend.profile),
  };
}

export function toSeedPendency(application: TimFriendApplication): Record<string, unknown> {
  return {
    identifier: application.userID,
    addTime: Math.floor(application.time / 1000),
    addSoure: application.source,
    addWorking: application.wording,
    nickName: application.nick,
    pendencyGetType: pendencyGetTypeOf[application.direction],
  };
}

/** The seed's per-user result rows. */
export function resultRows(
  succeeded: readonly string[],
  failed: ReadonlyArray<{ userID: string; code: number }>,
): Array<{ resultCode: number; identifier: string }> {
  return [
    ...succeeded.map((identifier) => ({ resultCode: 0, identifier })),
    ...failed.map((f) => ({ resultCode: f.code, identifier: f.userID })),
  ];
}
