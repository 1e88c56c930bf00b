// SDK Friend / FriendApplication / check results -> the core's friend types.
import { toTimProfile } from '../profile/map-profile.js';
import { SnsType, type SdkFriend, type SdkFriendApplication } from '../sdk/relationship.js';
import type { TimFriend, TimFriendApplication, TimFriendRelation } from './types.js';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function toTimFriend(friend: SdkFriend): TimFriend {
  const profile = toTimProfile(friend.profile, friend.userID);
  const remark = text(friend.remark);
  return {
    userID: friend.userID,
    remark,
    name: remark || profile.nick || friend.userID,
    groups: Array.isArray(friend.groupList) ? [...friend.groupList] : [],
    source: text(friend.source),
    wording: text(friend.wording),
    profile,
  };
}

export function sameFriend(a: TimFriend, b: TimFriend): boolean {
  if (a.groups.length !== b.groups.length || a.groups.some((g, i) => g !== b.groups[i])) {
    return false;
  }
  for (const key of ['userID', 'remark', 'name', 'source', 'wording'] as const) {
    if (a[key] !== b[key]) return false;
  }
  return (Object.keys(a.profile) as Array<keyof TimFriend['profile']>).every(
    (key) => a.profile[key] === b.profile[key],
  );
}

export function compareFriends(a: TimFriend, b: TimFriend): number {
  return a.name.localeCompare(b.name) || a.userID.localeCompare(b.userID);
}

export function toTimApplication(application: SdkFriendApplication): TimFriendApplication {
  const time = typeof application.time === 'number' ? application.time : 0;
  return {
    userID: application.userID,
    direction:
      String(application.type) === SnsType.APPLICATION_SENT_BY_ME ? 'outgoing' : 'incoming',
    nick: text(application.nick),
    avatar: text(application.avatar),
    wording: text(application.wording),
    source: text(application.source),
    time: time * 1000,
  };
}

const relationBySdk: Record<string, TimFriendRelation> = {
  [SnsType.RELATION_NONE]: 'none',
  [SnsType.RELATION_A_WITH_B]: 'in-my-list',
  [SnsType.RELATION_B_WITH_A]: 'in-their-list',
  [SnsType.RELATION_BOTH_WAY]: 'both',
};

export function toRelation(sdkRelation: unknown): TimFriendRelation {
  return relationBySdk[text(sdkRelation)] ?? 'none';
}
