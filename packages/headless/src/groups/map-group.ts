// SDK Group / GroupMember objects -> frozen-in-time TimGroup / TimGroupMember snapshots, and the
// enum translations both ways. The SDK mutates its objects in place; the core never hands them out.
import type {
  TimGroup,
  TimGroupMember,
  TimGroupRole,
  TimGroupType,
  TimJoinOption,
  TimReceiveOption,
} from './types.js';

/** SDK type values (TencentCloudChat.TYPES.GRP_*). */
export const sdkGroupType: Record<TimGroupType, string> = {
  Work: 'Private',
  Public: 'Public',
  Meeting: 'ChatRoom',
  AVChatRoom: 'AVChatRoom',
  Community: 'Community',
};

const typeBySdk: Record<string, TimGroupType> = {
  Private: 'Work',
  Work: 'Work',
  Public: 'Public',
  ChatRoom: 'Meeting',
  Meeting: 'Meeting',
  AVChatRoom: 'AVChatRoom',
  BChatRoom: 'AVChatRoom',
  Community: 'Community',
};

/** Our names, the SDK's and the seed's ('Private', 'ChatRoom', 'BChatRoom') -> our name. */
export function groupTypeOf(value: unknown): TimGroupType | undefined {
  return typeof value === 'string' ? typeBySdk[value] : undefined;
}

export const sdkJoinOption: Record<TimJoinOption, string> = {
  free: 'FreeAccess',
  approval: 'NeedPermission',
  disabled: 'DisableApply',
};

const joinOptionBySdk: Record<string, TimJoinOption> = {
  FreeAccess: 'free',
  NeedPermission: 'approval',
  DisableApply: 'disabled',
};

export const sdkReceiveOption: Record<TimReceiveOption, string> = {
  notify: 'AcceptAndNotify',
  silent: 'AcceptNotNotify',
  discard: 'Discard',
};

const receiveOptionBySdk: Record<string, TimReceiveOption> = {
  AcceptAndNotify: 'notify',
  AcceptNotNotify: 'silent',
  AcceptNotNotifyExceptAt: 'silent',
  Discard: 'discard',
};

export const sdkRole: Record<'admin' | 'member', string> = { admin: 'Admin', member: 'Member' };

const roleBySdk: Record<string, TimGroupRole> = {
  Owner: 'owner',
  Admin: 'admin',
  Member: 'member',
  Custom: 'custom',
};

export function roleOf(value: unknown): TimGroupRole | null {
  return typeof value === 'string' ? (roleBySdk[value] ?? null) : null;
}

type Loose = Record<string, unknown>;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
};

export function toTimGroup(group: unknown): TimGroup {
  const g = (group ?? {}) as Loose;
  const self = (g.selfInfo ?? {}) as Loose;
  const type = groupTypeOf(g.type) ?? 'Work';
  return {
    groupID: str(g.groupID),
    type,
    name: str(g.name),
    avatar: str(g.avatar),
    introduction: str(g.introduction),
    notification: str(g.notification),
    ownerID: str(g.ownerID),
    createTime: num(g.createTime) * 1000,
    lastInfoTime: num(g.lastInfoTime) * 1000,
    memberCount: num(g.memberCount ?? g.memberNum),
    maxMemberCount: num(g.maxMemberCount ?? g.maxMemberNum),
    joinOption: joinOptionBySdk[str(g.joinOption)] ?? (type === 'Work' ? 'disabled' : 'free'),
    isMutedAll: g.muteAllMembers === true || g.muteAllMembers === 'On',
    selfRole: roleOf(self.role),
    receiveOption: receiveOptionBySdk[str(self.messageRemindType)] ?? 'notify',
  };
}

export function toTimGroupMember(member: unknown): TimGroupMember {
  const m = (member ?? {}) as Loose;
  const muteUntil = num(m.muteUntil) * 1000;
  return {
    userID: str(m.userID),
    nick: str(m.nick),
    avatar: str(m.avatar),
    nameCard: str(m.nameCard),
    role: roleOf(m.role) ?? 'member',
    joinTime: num(m.joinTime) * 1000,
    // A deadline in the past means "not muted"; 0 says so without a clock comparison.
    muteUntil: muteUntil > Date.now() ? muteUntil : 0,
    // The server's MsgSeq, which the SDK keeps as `sequence` (it skips zero values).
    readSequence: num(m.sequence),
  };
}

/** Shallow equality of flat snapshots, so unchanged rows keep their object identity. */
export function sameFlat<T extends object>(a: T, b: T): boolean {
  for (const key of Object.keys(a) as Array<keyof T>) if (a[key] !== b[key]) return false;
  return Object.keys(a).length === Object.keys(b).length;
}
