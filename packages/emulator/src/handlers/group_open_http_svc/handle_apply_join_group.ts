// group_open_http_svc.handle_apply_join_group: an owner or admin agrees or
// refuses; the applicant gets "approved" (and joins) or "refused".
import type { Handler } from '../../protocol/router.js';
import { EmulatorError } from '../../protocol/errors.js';
import { GroupCode } from '../../domain/groups/codes.js';
import { requireGroup, requireMember } from '../../domain/groups/lookup.js';
import { checkHandleApplication } from '../../domain/groups/permissions.js';
import { joinUsers } from '../../domain/groups/membership.js';
import { NoticeType, TipType, pushGroupTip, pushSystemNotice } from '../../domain/groups/notify.js';
import { optString } from '../validate.js';

export const handleApplyJoinGroup: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    checkHandleApplication(requireMember(app, g, userID));
    const applicant = body.Applicant_Account;
    const action = body.HandleMsg;
    if (action !== 'Agree' && action !== 'Reject')
      throw new EmulatorError(GroupCode.PARAM_INVALID, 'HandleMsg must be Agree or Reject');
    const p =
      typeof applicant === 'string' ? app.groups.pendency.get(g.groupID, applicant) : undefined;
    if (!p || p.handled)
      throw new EmulatorError(
        GroupCode.PARAM_INVALID,
        `no pending application from ${String(applicant)}`,
      );
    const reply = optString(body, 'ApprovalMsg', GroupCode.PARAM_INVALID) ?? '';
    const agree = action === 'Agree';
    if (agree && app.groups.members.count(g.groupID) >= g.maxMembers)
      throw new EmulatorError(GroupCode.GROUP_FULL, 'the group is full');
    app.groups.tx(() => {
      app.groups.pendency.handle(g.groupID, p.applicant, agree ? 0 : 1, userID);
      if (agree && !app.groups.members.get(g.groupID, p.applicant))
        joinUsers(app, g, [p.applicant]);
    });
    if (agree)
      pushGroupTip(app, g, { opType: TipType.JOIN, operator: p.applicant, userIDs: [p.applicant] });
    pushSystemNotice(app, g, {
      opType: agree ? NoticeType.APPROVED : NoticeType.REFUSED,
      operator: userID,
      to: [p.applicant],
      remark: reply,
    });
    return {};
  },
};
