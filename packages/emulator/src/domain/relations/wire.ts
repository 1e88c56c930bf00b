// A friend as the SDK reads it: a {Tag, Value} list mixing relationship tags
// (Tag_SNS_IM_*, Tag_SNS_Custom_*) with the friend's profile tags.
import type { App } from '../../app.js';
import type { FriendRow } from '../../store/relations/friends.js';
import { profileItems } from '../profile.js';

export const SnsTag = {
  GROUP: 'Tag_SNS_IM_Group',
  REMARK: 'Tag_SNS_IM_Remark',
  ADD_SOURCE: 'Tag_SNS_IM_AddSource',
  ADD_WORDING: 'Tag_SNS_IM_Wording',
  ADD_TIME: 'Tag_SNS_IM_AddTime',
} as const;

export const SNS_CUSTOM_PREFIX = 'Tag_SNS_Custom_';

export type TagValue = { Tag: string; Value: unknown };

export function snsItems(app: App, row: FriendRow): TagValue[] {
  const items: TagValue[] = [
    { Tag: SnsTag.GROUP, Value: app.relations.friendGroups.groupsOf(row.ownerID, row.friendID) },
    { Tag: SnsTag.REMARK, Value: row.remark },
    { Tag: SnsTag.ADD_SOURCE, Value: row.addSource },
    { Tag: SnsTag.ADD_WORDING, Value: row.addWording },
    { Tag: SnsTag.ADD_TIME, Value: row.addTime },
  ];
  for (const [Tag, Value] of Object.entries(row.custom)) items.push({ Tag, Value });
  return items;
}

export function friendItems(app: App, row: FriendRow): TagValue[] {
  const profile = app.users.get(row.friendID)?.profile ?? {};
  return [...snsItems(app, row), ...profileItems(profile)];
}
