// group_open_http_svc.get_joined_group_list (and the million_group_ variant sent
// at every login): no groups yet, but the shape the SDK pages on.
import type { Handler } from '../../protocol/router.js';

export const getJoinedGroupList: Handler = {
  auth: 'user',
  handle: () => ({ TotalCount: 0, GroupIdList: [] }),
};
