// group_open_http_svc.get_online_member_num (the SDK's getGroupOnlineMemberCount): how many of
// the group's members have a live session right now. Wire: { GroupId } -> { OnlineMemberNum }
// (the SDK maps it to memberCount and caches it for 60 s). Members only, as the SDK asks only
// for groups it holds; the caller counts (the asking session is online).
import type { Handler } from '../../protocol/router.js';
import { requireGroup, requireMember } from '../../domain/groups/lookup.js';

export const getOnlineMemberNum: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    requireMember(app, g, userID);
    const online = app.groups.members
      .list(g.groupID)
      .filter((member) => app.sessions.online(member.userID).length > 0).length;
    return { OnlineMemberNum: online };
  },
};
