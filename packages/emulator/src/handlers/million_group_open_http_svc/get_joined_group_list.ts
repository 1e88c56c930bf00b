// million_group_open_http_svc.get_joined_group_list: the caller's Community
// groups (asked at every login); other types come from group_open_http_svc.
import type { Handler } from '../../protocol/router.js';
import { joinedGroups } from '../group_open_http_svc/get_joined_group_list.js';

export const millionGetJoinedGroupList: Handler = {
  auth: 'user',
  handle: ({ app, body, userID }) => joinedGroups(app, userID, body, true),
};
