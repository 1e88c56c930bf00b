// group_open_http_svc.get_group_self_member_info (the SDK's getGroupProfile):
// each asked group's profile, the caller's SelfInfo and the member list.
// Per-group failures go in that group's ErrorCode.
import type { Handler } from '../../protocol/router.js';
import { GroupCode } from '../../domain/groups/codes.js';
import { groupInfoWire, memberWire, selfInfoWire } from '../../domain/groups/wire.js';
import { stringList } from '../validate.js';

export const getGroupSelfMemberInfo: Handler = {
  auth: 'user',
  handle: ({ app, body, userID }) => ({
    GroupInfo: stringList(body.GroupIdList).map((GroupId) => {
      const g = app.groups.groups.get(GroupId);
      if (!g) return { GroupId, ErrorCode: GroupCode.NOT_FOUND, ErrorInfo: 'group not found' };
      const self = app.groups.members.get(GroupId, userID);
      if (!self && g.type === 'Private')
        return { GroupId, ErrorCode: GroupCode.NO_PERMISSION, ErrorInfo: 'not a member' };
      return {
        ...groupInfoWire(app, g),
        ...(self ? { SelfInfo: selfInfoWire(self) } : {}),
        MemberList: app.groups.members.list(GroupId).map(memberWire),
      };
    }),
  }),
};
