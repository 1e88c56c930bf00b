// group_open_http_svc.get_group_self_member_info: no groups exist yet, so each
// asked group answers 10010 (group not found) inside GroupInfo.
import type { Handler } from '../../protocol/router.js';
import { stringList } from '../validate.js';

export const getGroupSelfMemberInfo: Handler = {
  auth: 'user',
  handle: ({ body }) => ({
    GroupInfo: stringList(body.GroupIdList).map((GroupId) => ({
      GroupId,
      ErrorCode: 10010,
      ErrorInfo: 'group not found',
    })),
  }),
};
