// group_open_http_svc.get_joined_group_list: the caller's groups with their
// profile and SelfInfo, paged by Limit/Offset. Community groups are listed by
// the million_group_ variant instead (the SDK asks both and merges).
import type { App } from '../../app.js';
import type { Handler } from '../../protocol/router.js';
import { groupInfoWire, selfInfoWire } from '../../domain/groups/wire.js';
import { optInt } from '../validate.js';

export function joinedGroups(
  app: App,
  userID: string,
  body: Record<string, unknown>,
  community: boolean,
) {
  const limit = Math.max(1, Math.min(optInt(body, 'Limit') ?? 200, 1000));
  const offset = Math.max(0, optInt(body, 'Offset') ?? 0);
  const all = app.groups.members
    .groupsOf(userID)
    .map((id) => app.groups.groups.get(id))
    .filter((g) => g !== undefined && (g.type === 'Community') === community);
  const GroupIdList = all.slice(offset, offset + limit).map((g) => {
    const self = app.groups.members.get(g!.groupID, userID);
    return { ...groupInfoWire(app, g!), SelfInfo: self ? selfInfoWire(self) : {} };
  });
  return { TotalCount: all.length, GroupIdList };
}

export const getJoinedGroupList: Handler = {
  auth: 'user',
  handle: ({ app, body, userID }) => joinedGroups(app, userID, body, false),
};
