// group_open_http_svc.get_group_member_info: the member list, paged by
// Limit/Offset (owner, admins, then members by join time). Members only.
import type { Handler } from '../../protocol/router.js';
import { requireGroup, requireMember } from '../../domain/groups/lookup.js';
import { memberWire } from '../../domain/groups/wire.js';
import { optInt } from '../validate.js';

export const getGroupMemberInfo: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    requireMember(app, g, userID);
    const all = app.groups.members.list(g.groupID);
    const limit = optInt(body, 'Limit') || 100;
    const offset = Math.max(0, optInt(body, 'Offset') ?? 0);
    const page = all.slice(offset, offset + Math.max(1, limit));
    return { MemberNum: all.length, MemberList: page.map(memberWire) };
  },
};
