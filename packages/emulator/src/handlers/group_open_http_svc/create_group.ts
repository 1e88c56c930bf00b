// group_open_http_svc.create_group: the caller becomes the owner. The SDK then
// sends a group_create custom message itself.
import type { Handler } from '../../protocol/router.js';
import { createGroup } from '../../domain/groups/membership.js';

export const createGroupHandler: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = createGroup(app, userID, body);
    return { GroupId: g.groupID };
  },
};
