// group_open_http_svc.delete_group_member: kick. Every target is checked
// before anyone is removed.
import type { Handler } from '../../protocol/router.js';
import { requireGroup, requireMember, requireTarget } from '../../domain/groups/lookup.js';
import { checkKick } from '../../domain/groups/permissions.js';
import { kickMembers } from '../../domain/groups/membership.js';
import { optString, stringList } from '../validate.js';

export const deleteGroupMember: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    const actor = requireMember(app, g, userID);
    const ids = [...new Set(stringList(body.MemberToDel_Account))];
    for (const id of ids) checkKick(g, actor, requireTarget(app, g, id));
    if (ids.length > 0) kickMembers(app, g, userID, ids, optString(body, 'Reason') ?? '');
    return {};
  },
};
