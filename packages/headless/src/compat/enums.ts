// The seed's numeric enums, and the conversions between them and the core's named values.
// Where the seed gives two platforms different numbers, the Android numbers are used.
import type { TimGroupRole, TimGroupType, TimReceiveOption } from '../groups/types.js';
import type { MessageKind } from '../messages/types.js';
import type { TimAllowType, TimGender } from '../profile/types.js';

/** Conversation types: 1 C2C, 2 group, 3 system. */
export const ConversationType = { C2C: 1, GROUP: 2, SYSTEM: 3 } as const;
export type SeedConversationType = (typeof ConversationType)[keyof typeof ConversationType];

export const conversationTypeOf: Record<'C2C' | 'GROUP' | 'SYSTEM', SeedConversationType> = {
  C2C: 1,
  GROUP: 2,
  SYSTEM: 3,
};

/** Element types of the seed's message appendix. */
export const ElemType = {
  TEXT: 1,
  IMAGE: 4,
  SOUND: 5,
  CUSTOM: 6,
  FILE: 7,
  GROUP_TIPS: 9,
  FACE: 10,
  LOCATION: 11,
  GROUP_SYSTEM: 12,
  SNS_TIPS: 13,
  VIDEO: 15,
} as const;

/** The element type of a core message kind; merger and unknown messages have none (0). */
export const elemTypeOf: Record<MessageKind, number> = {
  text: ElemType.TEXT,
  image: ElemType.IMAGE,
  sound: ElemType.SOUND,
  custom: ElemType.CUSTOM,
  file: ElemType.FILE,
  'group-tip': ElemType.GROUP_TIPS,
  face: ElemType.FACE,
  location: ElemType.LOCATION,
  'group-system': ElemType.GROUP_SYSTEM,
  video: ElemType.VIDEO,
  merger: 0,
  unknown: 0,
};

/** messageStatus: 1 sending, 2 sent, 3 failed, 4 deleted, 5 local, 6 revoked. */
export const MessageStatus = {
  SENDING: 1,
  SENT: 2,
  FAILED: 3,
  DELETED: 4,
  LOCAL: 5,
  REVOKED: 6,
} as const;

/** Group member roles: 200 member, 300 admin, 400 owner. */
export const roleOf: Record<TimGroupRole, number> = {
  member: 200,
  admin: 300,
  owner: 400,
  custom: 200,
};

/** Group tips (tipsType): 1-7 are the SDK's GRP_TIP_* values; 8 created, 9 dismissed (Android). */
export const groupTipsTypeOf: Record<string, number> = {
  'member-joined': 1,
  'member-quit': 2,
  'member-kicked': 3,
  'admin-set': 4,
  'admin-unset': 5,
  'profile-updated': 6,
  'member-updated': 7,
  created: 8,
  dismissed: 9,
};

/**
 * Group system notice types: the SDK numbers them as the seed's iOS list (1 join request ...
 * 15 custom); the facade reports the seed's Android numbers. Android has no custom notice: 15 stays.
 */
export const androidGroupSystemType: Record<number, number> = {
  1: 3, // join request
  2: 1, // request accepted
  3: 2, // request refused
  4: 9, // kicked
  5: 6, // dismissed
  6: 5, // created
  7: 8, // invited
  8: 10, // quit
  9: 7, // set admin
  10: 4, // admin revoked
  11: 11, // recycled
  12: 12, // invite request
  13: 13, // invite accepted
  14: 14, // invite refused
  15: 15, // custom
};

/** Relationship change subtypes (elem type 13). */
export const SnsTipsType = {
  ADD_FRIENDS: 1,
  DEL_FRIENDS: 2,
  ADD_FRIEND_REQ: 3,
  DEL_FRIEND_REQ: 4,
  ADD_BLACKLIST: 5,
  DEL_BLACKLIST: 6,
  PENDENCY_REPORT: 7,
  PROFILE_CHANGE: 8,
} as const;

/** gender: 0 unknown, 1 male, 2 female. */
export const genderOf: Record<TimGender, number> = { unknown: 0, male: 1, female: 2 };
export const genderFrom: Record<number, TimGender> = { 0: 'unknown', 1: 'male', 2: 'female' };

/** allowType strings (Android); iOS numbers 0/1/2 are accepted as input. */
export const allowTypeOf: Record<TimAllowType, string> = {
  'allow-any': 'AllowType_Type_AllowAny',
  'need-confirm': 'AllowType_Type_NeedConfirm',
  'deny-any': 'AllowType_Type_DenyAny',
};
export const allowTypeFrom: Record<string, TimAllowType> = {
  AllowType_Type_AllowAny: 'allow-any',
  AllowType_Type_NeedConfirm: 'need-confirm',
  AllowType_Type_DenyAny: 'deny-any',
  0: 'allow-any',
  1: 'need-confirm',
  2: 'deny-any',
};

/** groupAddOpt: 0 forbidden, 1 owner/admin approval, 2 anyone. */
export const joinOptionFrom = { 0: 'disabled', 1: 'approval', 2: 'free' } as const;

/** reciveOpt (Android): 1 do not receive, 2 receive silently, 3 receive and notify. */
export const receiveOptionFrom: Record<number, TimReceiveOption> = {
  1: 'discard',
  2: 'silent',
  3: 'notify',
};
export const receiveOptionOf: Record<TimReceiveOption, number> = {
  discard: 1,
  silent: 2,
  notify: 3,
};

/** Group type names as the seed (Android) spells them. */
export const groupTypeOf: Record<TimGroupType, string> = {
  Work: 'Private',
  Public: 'Public',
  Meeting: 'ChatRoom',
  AVChatRoom: 'AVChatRoom',
  Community: 'Community',
};

/** pendencyType (friend requests, pendencyGetType): 1 incoming, 2 outgoing, 3 both. */
export const pendencyGetTypeOf = { incoming: 1, outgoing: 2 } as const;
/** dencyGetType param: 0 sent by me, 1 sent by others, 2 both. */
export const directionFrom = { 0: 'outgoing', 1: 'incoming', 2: 'both' } as const;

/** Group pendency types: 0 a request to join, 1 an invitation, 2 both. */
export const GroupPendencyType = { APPLY: 0, INVITE: 1, BOTH: 2 } as const;

/** doResponse responseType: 0 agree one way, 1 agree both ways, 2 refuse. */
export const responseFrom = { 0: 'agree', 1: 'agree-and-add', 2: 'refuse' } as const;
