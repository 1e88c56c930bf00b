// group_open_http_svc.create_group: the caller becomes the owner. The SDK then
// sends a group_create custom message itself.
import type { Handler } from '../../protocol/router.js';
import { createGroup } from '../../domain/groups/membership.js';
import { NoticeType, pushSystemNotice } from '../../domain/groups/notify.js';

export const createGroupHandler: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = createGroup(app, userID, body);
    // Initial members learn of the group at once (the SDK adds it on this notice).
    const others = app.groups.members.list(g.groupID).filter((m) => m.userID !== userID);
    if (others.length > 0)
      pushSystemNotice(app, g, { opType: NoticeType.INVITED, operator: userID, to: others.map((m) => m.userID) });
    return { GroupId: g.groupID };
  },
};
