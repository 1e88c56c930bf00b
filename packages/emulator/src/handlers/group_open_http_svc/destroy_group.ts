// group_open_http_svc.destroy_group (dismiss): the owner, except in Work groups
// (2622: only the app admin can). Members get a "dismissed" system notice.
import type { Handler } from '../../protocol/router.js';
import { requireGroup, requireMember } from '../../domain/groups/lookup.js';
import { checkDismiss } from '../../domain/groups/permissions.js';
import { dismissGroup } from '../../domain/groups/membership.js';

export const destroyGroup: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    checkDismiss(g, requireMember(app, g, userID));
    dismissGroup(app, g, userID);
    return {};
  },
};
