// group_open_http_svc.get_specified_group_member_info: named members' info;
// accounts not in the group are left out.
import type { Handler } from '../../protocol/router.js';
import { requireGroup, requireMember } from '../../domain/groups/lookup.js';
import { memberWire } from '../../domain/groups/wire.js';
import { stringList } from '../validate.js';

export const getSpecifiedGroupMemberInfo: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    requireMember(app, g, userID);
    const MemberList = stringList(body.Member_List_Account)
      .map((id) => app.groups.members.get(g.groupID, id))
      .filter((m) => m !== undefined)
      .map(memberWire);
    return { MemberList };
  },
};
