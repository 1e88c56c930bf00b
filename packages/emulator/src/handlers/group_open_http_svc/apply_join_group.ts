// group_open_http_svc.apply_join_group: FreeAccess joins at once
// (JoinedSuccess, a join tip); NeedPermission records an application and
// notifies the owner and admins (WaitAdminApproval).
import type { Handler } from '../../protocol/router.js';
import { EmulatorError } from '../../protocol/errors.js';
import { nowSeconds } from '../../store/db.js';
import { GroupCode } from '../../domain/groups/codes.js';
import { requireGroup } from '../../domain/groups/lookup.js';
import { checkApply } from '../../domain/groups/permissions.js';
import { joinUsers } from '../../domain/groups/membership.js';
import { NoticeType, TipType, pushGroupTip, pushSystemNotice } from '../../domain/groups/notify.js';
import { optString } from '../validate.js';

export const applyJoinGroup: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    // The SDK joins an AVChatRoom right after creating it (its creator is already in it) and
    // drops the group from its list if that join fails: joining a live room twice succeeds.
    // HugeGroupFlag 1 without a LongPollingKey makes the SDK keep the room in its group list and
    // take its messages over this socket instead of long polling.
    if (app.groups.members.get(g.groupID, userID) && g.type === 'AVChatRoom')
      return { JoinedStatus: 'JoinedSuccess', HugeGroupFlag: 1 };
    if (app.groups.members.get(g.groupID, userID))
      throw new EmulatorError(GroupCode.ALREADY_MEMBER, `${userID} is already a member`);
    checkApply(g);
    const msg = optString(body, 'ApplyMsg', GroupCode.PARAM_INVALID) ?? '';
    if (g.joinOption === 'NeedPermission') {
      app.groups.pendency.upsert(g.groupID, userID, msg, nowSeconds());
      const managers = app.groups.members
        .list(g.groupID)
        .filter((m) => m.role !== 'Member')
        .map((m) => m.userID);
      pushSystemNotice(app, g, {
        opType: NoticeType.APPLY,
        operator: userID,
        to: managers,
        remark: msg,
        subject: userID,
      });
      return { JoinedStatus: 'WaitAdminApproval' };
    }
    if (app.groups.members.count(g.groupID) >= g.maxMembers)
      throw new EmulatorError(GroupCode.GROUP_FULL, 'the group is full');
    joinUsers(app, g, [userID]);
    pushGroupTip(app, g, { opType: TipType.JOIN, operator: userID, userIDs: [userID] });
    return g.type === 'AVChatRoom'
      ? { JoinedStatus: 'JoinedSuccess', HugeGroupFlag: 1 }
      : { JoinedStatus: 'JoinedSuccess' };
  },
};
