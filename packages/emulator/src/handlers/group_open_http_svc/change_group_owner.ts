// group_open_http_svc.change_group_owner: the owner hands over to a member and
// becomes an ordinary member. Members see a profile-change tip with the new owner.
import type { Handler } from '../../protocol/router.js';
import { EmulatorError } from '../../protocol/errors.js';
import { GroupCode } from '../../domain/groups/codes.js';
import { requireGroup, requireMember, requireTarget } from '../../domain/groups/lookup.js';
import { checkTransfer } from '../../domain/groups/permissions.js';
import { TipType, pushGroupTip } from '../../domain/groups/notify.js';

export const changeGroupOwner: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    checkTransfer(g, requireMember(app, g, userID));
    const heir = requireTarget(app, g, body.NewOwner_Account);
    if (heir.userID === userID)
      throw new EmulatorError(GroupCode.PARAM_INVALID, 'you already own this group');
    app.groups.tx(() => {
      app.groups.members.update(g.groupID, userID, { role: 'Member' });
      app.groups.members.update(g.groupID, heir.userID, { role: 'Owner' });
      app.groups.groups.setOwner(g.groupID, heir.userID);
    });
    pushGroupTip(app, g, {
      opType: TipType.PROFILE,
      operator: userID,
      userIDs: [],
      newInfo: { Owner_Account: heir.userID },
    });
    return {};
  },
};
