// group_open_http_svc.add_group_member: a member invites accounts (Work and
// Community only). Result per account: 1 added, 2 already a member, 0 failed.
import type { Handler } from '../../protocol/router.js';
import { requireGroup, requireMember } from '../../domain/groups/lookup.js';
import { checkInvite } from '../../domain/groups/permissions.js';
import { addMembers } from '../../domain/groups/membership.js';
import { isRecord } from '../validate.js';

export const addGroupMember: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    checkInvite(g, requireMember(app, g, userID));
    const ids = (Array.isArray(body.MemberList) ? body.MemberList : [])
      .map((m) => (isRecord(m) ? m.Member_Account : undefined))
      .filter((id): id is string => typeof id === 'string');
    const r = addMembers(app, g, userID, ids);
    return {
      MemberList: [
        ...r.added.map((id) => ({ Member_Account: id, Result: 1 })),
        ...r.existed.map((id) => ({ Member_Account: id, Result: 2 })),
        ...r.failed.map((id) => ({ Member_Account: id, Result: 0 })),
      ],
    };
  },
};
