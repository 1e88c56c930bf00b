// group_open_http_svc.modify_group_base_info: name, introduction, notification,
// avatar, join option, mute all, custom fields, each within Tencent's limits.
// Members see a profile-change tip carrying the new values.
import type { Handler } from '../../protocol/router.js';
import { requireGroup, requireMember } from '../../domain/groups/lookup.js';
import { checkEditProfile } from '../../domain/groups/permissions.js';
import { profileChange } from '../../domain/groups/profile-fields.js';
import { TipType, pushGroupTip } from '../../domain/groups/notify.js';

export const modifyGroupBaseInfo: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    checkEditProfile(g, requireMember(app, g, userID));
    const change = profileChange(body, g.type);
    const updated = app.groups.groups.updateProfile(g.groupID, change);
    const newInfo: Record<string, unknown> = {};
    if (change.name !== undefined) newInfo.GroupName = change.name;
    if (change.introduction !== undefined) newInfo.GroupIntroduction = change.introduction;
    if (change.notification !== undefined) newInfo.GroupNotification = change.notification;
    if (change.faceUrl !== undefined) newInfo.GroupFaceUrl = change.faceUrl;
    if (change.joinOption !== undefined) newInfo.GroupApplyJoinOption = change.joinOption;
    if (change.muteAll !== undefined) newInfo.MuteAllMembers = change.muteAll ? 1 : 0;
    if (Object.keys(newInfo).length > 0)
      pushGroupTip(app, updated, {
        opType: TipType.PROFILE,
        operator: userID,
        userIDs: [],
        newInfo,
      });
    return {};
  },
};
