// million_group_open_http_svc.get_joined_group_list: community/topic groups; none.
import type { Handler } from '../../protocol/router.js';

export const millionGetJoinedGroupList: Handler = {
  auth: 'user',
  handle: () => ({ TotalCount: 0, GroupIdList: [] }),
};
