// group_open_http_svc.get_online_member_num: members with a live socket.
import type { Handler } from '../../protocol/router.js';
import { requireGroup, requireMember } from '../../domain/groups/lookup.js';

export const getOnlineMemberNum: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    requireMember(app, g, userID);
    const online = app.groups.members
      .list(g.groupID)
      .filter((m) => app.sessions.online(m.userID).length > 0).length;
    return { OnlineMemberNum: online };
  },
};
