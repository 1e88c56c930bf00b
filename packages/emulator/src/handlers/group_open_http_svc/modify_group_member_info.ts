// group_open_http_svc.modify_group_member_info: role (owner sets/unsets admins),
// mute for ShutUpTime seconds (0 lifts it), name card (50 B), message receive
// option (only one's own). All checks run before any write.
import type { Handler } from '../../protocol/router.js';
import { EmulatorError } from '../../protocol/errors.js';
import { nowSeconds } from '../../store/db.js';
import type { MemberChange, MemberRole, MsgFlag } from '../../store/groups/members.js';
import { GroupCode } from '../../domain/groups/codes.js';
import { requireGroup, requireMember, requireTarget } from '../../domain/groups/lookup.js';
import { checkEditProfile, checkMute, checkSetRole } from '../../domain/groups/permissions.js';
import { MAX_NAME_CARD_BYTES } from '../../domain/groups/profile-fields.js';
import { NoticeType, TipType, pushGroupTip, pushSystemNotice } from '../../domain/groups/notify.js';
import { optInt, optString } from '../validate.js';

const bad = (why: string): never => {
  throw new EmulatorError(GroupCode.PARAM_INVALID, why);
};
const FLAGS: MsgFlag[] = ['AcceptAndNotify', 'AcceptNotNotify', 'Discard'];

export const modifyGroupMemberInfo: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const g = requireGroup(app, body.GroupId);
    const actor = requireMember(app, g, userID);
    const target = requireTarget(app, g, body.Member_Account);
    const self = target.userID === userID;
    const change: MemberChange = {};
    const role = optString(body, 'Role', GroupCode.PARAM_INVALID);
    if (role !== undefined) {
      if (role !== 'Admin' && role !== 'Member') bad('Role must be Admin or Member');
      checkSetRole(g, actor, target, role as MemberRole);
      change.role = role as MemberRole;
    }
    const mute = optInt(body, 'ShutUpTime', GroupCode.PARAM_INVALID);
    if (mute !== undefined) {
      if (mute < 0) bad('ShutUpTime must be >= 0 seconds');
      checkMute(g, actor, target);
      change.muteUntil = mute === 0 ? 0 : nowSeconds() + mute;
    }
    const card = optString(body, 'NameCard', GroupCode.PARAM_INVALID);
    if (card !== undefined) {
      if (Buffer.byteLength(card) > MAX_NAME_CARD_BYTES)
        bad(`NameCard is over ${MAX_NAME_CARD_BYTES} bytes`);
      if (!self) checkEditProfile(g, actor);
      change.nameCard = card;
    }
    const flag = optString(body, 'MsgFlag', GroupCode.PARAM_INVALID);
    if (flag !== undefined) {
      if (!FLAGS.includes(flag as MsgFlag)) bad(`MsgFlag must be one of ${FLAGS.join(', ')}`);
      if (!self) bad('only your own message receive option can be set');
      change.msgFlag = flag as MsgFlag;
    }
    app.groups.members.update(g.groupID, target.userID, change);
    const ids = [target.userID];
    if (change.role !== undefined && change.role !== target.role) {
      const admin = change.role === 'Admin';
      pushGroupTip(app, g, {
        opType: admin ? TipType.SET_ADMIN : TipType.UNSET_ADMIN,
        operator: userID,
        userIDs: ids,
      });
      pushSystemNotice(app, g, {
        opType: admin ? NoticeType.SET_ADMIN : NoticeType.UNSET_ADMIN,
        operator: userID,
        to: ids,
      });
    }
    if (mute !== undefined)
      pushGroupTip(app, g, {
        opType: TipType.MEMBER_INFO,
        operator: userID,
        userIDs: ids,
        memberInfo: [{ User_Account: target.userID, ShutupTime: mute }],
      });
    return {};
  },
};
