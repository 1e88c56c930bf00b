// Who may do what in a group, by group type and the user's role: the table "Who may do what in a
// group" (docs/what-users-expect.md), the same cells the server enforces. The elements use it to
// disable a control and say why, instead of letting the user meet a 10007 after the fact.
import type { TimGroup, TimGroupMember, TimGroupRole, TimGroupType } from '@tim-kit/headless';

export type DenyReason =
  | 'notMember'
  | 'ownerOnly'
  | 'managersOnly'
  | 'adminsOverMembers'
  | 'self'
  | 'noAdminRole'
  | 'workNoMute'
  | 'avNoKick'
  | 'avNoTransfer'
  | 'noInvite'
  | 'workNoDismiss'
  | 'ownerCannotQuit'
  | 'fixedJoinOption'
  | 'noApplications';

export type Decision = { ok: true } | { ok: false; reason: DenyReason };

export type GroupAction =
  | 'editProfile'
  | 'muteAll'
  | 'joinOption'
  | 'invite'
  | 'handleApplications'
  | 'transfer'
  | 'quit'
  | 'dismiss';

export type MemberAction = 'kick' | 'mute' | 'setAdmin';

const OK: Decision = { ok: true };
const deny = (reason: DenyReason): Decision => ({ ok: false, reason });

/** Types with an admin role; Work and AVChatRoom have only an owner and members. */
export const hasAdmins = (type: TimGroupType): boolean =>
  type === 'Public' || type === 'Meeting' || type === 'Community';

/** Types whose join option can be chosen; Work, Meeting and AVChatRoom have a fixed one. */
export const hasJoinOption = (type: TimGroupType): boolean =>
  type === 'Public' || type === 'Community';

const isManager = (role: TimGroupRole | null): boolean => role === 'owner' || role === 'admin';

/** A group-wide action for the logged-in user. */
export function canInGroup(group: TimGroup, action: GroupAction): Decision {
  const role = group.selfRole;
  if (role === null) return deny('notMember');
  const type = group.type;
  switch (action) {
    case 'editProfile':
      if (type === 'Work') return OK;
      if (type === 'AVChatRoom') return role === 'owner' ? OK : deny('ownerOnly');
      return isManager(role) ? OK : deny('managersOnly');
    case 'muteAll':
      if (type === 'Work') return deny('workNoMute');
      return canInGroup(group, 'editProfile');
    case 'joinOption':
      if (!hasJoinOption(type)) return deny('fixedJoinOption');
      return canInGroup(group, 'editProfile');
    case 'invite':
      return type === 'Work' || type === 'Community' ? OK : deny('noInvite');
    case 'handleApplications':
      if (type === 'Work') return deny('noApplications');
      return isManager(role) ? OK : deny('managersOnly');
    case 'transfer':
      if (type === 'AVChatRoom') return deny('avNoTransfer');
      return role === 'owner' ? OK : deny('ownerOnly');
    case 'quit':
      return role === 'owner' && type !== 'Work' ? deny('ownerCannotQuit') : OK;
    case 'dismiss':
      if (type === 'Work') return deny('workNoDismiss');
      return role === 'owner' ? OK : deny('ownerOnly');
  }
}

/** An action of the logged-in user on another member. */
export function canOnMember(
  group: TimGroup,
  selfID: string,
  target: TimGroupMember,
  action: MemberAction,
): Decision {
  const role = group.selfRole;
  if (role === null) return deny('notMember');
  const type = group.type;
  if (action === 'setAdmin') {
    if (!hasAdmins(type)) return deny('noAdminRole');
    if (role !== 'owner') return deny('ownerOnly');
    return target.userID === selfID || target.role === 'owner' ? deny('self') : OK;
  }
  if (action === 'kick') {
    if (type === 'AVChatRoom') return deny('avNoKick');
    if (type === 'Work' && role !== 'owner') return deny('ownerOnly');
  } else {
    if (type === 'Work') return deny('workNoMute');
    if (type === 'AVChatRoom' && role !== 'owner') return deny('ownerOnly');
  }
  if (target.userID === selfID) return deny('self');
  if (role === 'owner') return OK;
  const ordinary = target.role === 'member' || target.role === 'custom';
  if (role === 'admin') return ordinary ? OK : deny('adminsOverMembers');
  return deny(hasAdmins(type) ? 'managersOnly' : 'ownerOnly');
}
