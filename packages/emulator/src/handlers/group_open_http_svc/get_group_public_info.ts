// group_open_http_svc.get_group_public_info (the SDK's searchGroupByID): the
// profile anyone may see, member or not. Work groups are private: 10007.
import type { Handler } from '../../protocol/router.js';
import { GroupCode } from '../../domain/groups/codes.js';
import { groupInfoWire } from '../../domain/groups/wire.js';
import { stringList } from '../validate.js';

export const getGroupPublicInfo: Handler = {
  auth: 'user',
  handle: ({ app, body, userID }) => ({
    GroupInfo: stringList(body.GroupIdList).map((GroupId) => {
      const g = app.groups.groups.get(GroupId);
      if (!g) return { GroupId, ErrorCode: GroupCode.NOT_FOUND, ErrorInfo: 'group not found' };
      if (g.type === 'Private' && !app.groups.members.get(GroupId, userID))
        return {
          GroupId,
          ErrorCode: GroupCode.NO_PERMISSION,
          ErrorInfo: 'Work groups cannot be searched',
        };
      return groupInfoWire(app, g);
    }),
  }),
};
