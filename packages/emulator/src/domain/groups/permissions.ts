// Who may do what, by group type and role: the table "Who may do what in a
// group" in docs/what-users-expect.md, cell by cell. Each check throws the
// code the table names (10007 unless a more specific one is listed).
import { EmulatorError } from '../../protocol/errors.js';
import type { GroupRow, GroupType } from '../../store/groups/groups.js';
import type { MemberRole, MemberRow } from '../../store/groups/members.js';
import { GroupCode } from './codes.js';

const deny = (why: string, code: number = GroupCode.NO_PERMISSION): never => {
  throw new EmulatorError(code, why);
};

/** Types with an Admin role; Work and AVChatRoom have only owner and members. */
export const hasAdmins = (type: GroupType): boolean =>
  type === 'Public' || type === 'ChatRoom' || type === 'Community';

const isManager = (role: MemberRole): boolean => role === 'Owner' || role === 'Admin';

export function checkApply(g: GroupRow): void {
  if (g.type === 'Private')
    deny('Work groups cannot be applied to; ask a member to invite you', GroupCode.WORK_NO_APPLY);
  if (g.joinOption === 'DisableApply') deny('this group does not accept applications');
}

/** Only Work and Community members may invite; other types join by applying. */
export function checkInvite(g: GroupRow, _inviter: MemberRow): void {
  if (g.type !== 'Private' && g.type !== 'Community')
    deny(`members of a ${g.type} group cannot invite; only the app admin adds members (REST)`);
}

export function checkQuit(g: GroupRow, m: MemberRow): void {
  if (m.role === 'Owner' && g.type !== 'Private')
    deny(
      'the owner cannot quit; transfer ownership or dismiss the group',
      GroupCode.OWNER_CANNOT_QUIT,
    );
}

export function checkEditProfile(g: GroupRow, m: MemberRow): void {
  if (g.type === 'Private') return;
  if (g.type === 'AVChatRoom' ? m.role !== 'Owner' : !isManager(m.role))
    deny('only the owner or an admin may edit this group profile');
}

/** Kick and mute share one shape: managers act on ordinary members; the owner on anyone. */
function checkOverMember(g: GroupRow, actor: MemberRow, target: MemberRow, what: string): void {
  if (actor.userID === target.userID) deny(`you cannot ${what} yourself`);
  if (actor.role === 'Owner') return;
  if (actor.role === 'Admin' && target.role === 'Member') return;
  deny(
    `only the owner${hasAdmins(g.type) ? ' or an admin (over ordinary members)' : ''} may ${what} here`,
  );
}

export function checkKick(g: GroupRow, actor: MemberRow, target: MemberRow): void {
  if (g.type === 'AVChatRoom')
    deny('members cannot be kicked from an AVChatRoom; mute them instead');
  if (g.type === 'Private' && actor.role !== 'Owner')
    deny('only the owner may remove members from a Work group');
  checkOverMember(g, actor, target, 'remove');
}

export function checkMute(g: GroupRow, actor: MemberRow, target: MemberRow): void {
  if (g.type === 'Private') deny('Work groups do not support muting members');
  if (g.type === 'AVChatRoom' && actor.role !== 'Owner')
    deny('only the owner may mute in an AVChatRoom');
  checkOverMember(g, actor, target, 'mute');
}

export function checkSetRole(
  g: GroupRow,
  actor: MemberRow,
  target: MemberRow,
  role: MemberRole,
): void {
  if (!hasAdmins(g.type)) deny(`${g.type} groups have no admin role`);
  if (role === 'Owner') deny('use change_group_owner to transfer ownership');
  if (actor.role !== 'Owner') deny('only the owner may set or unset admins');
  if (target.role === 'Owner') deny("the owner's role cannot be changed");
}

export function checkDismiss(g: GroupRow, m: MemberRow): void {
  if (g.type === 'Private')
    deny('a Work group cannot be dismissed by its members', GroupCode.WORK_NO_DISMISS);
  if (m.role !== 'Owner') deny('only the owner may dismiss the group');
}

export function checkTransfer(g: GroupRow, m: MemberRow): void {
  if (g.type === 'AVChatRoom')
    deny('AVChatRoom ownership cannot be transferred', GroupCode.AV_NO_TRANSFER);
  if (m.role !== 'Owner') deny('only the owner may transfer ownership');
}

/** Managers handle applications; in Work groups there are none to handle. */
export function checkHandleApplication(m: MemberRow): void {
  if (!isManager(m.role)) deny('only the owner or an admin may handle applications');
}

export function checkSend(g: GroupRow, m: MemberRow, now: number): void {
  if (m.muteUntil > now) deny(`you are muted in this group until ${m.muteUntil}`, GroupCode.MUTED);
  if (g.muteAll && !isManager(m.role)) deny('everyone is muted in this group', GroupCode.MUTED);
}
