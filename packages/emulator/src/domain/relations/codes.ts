// Tencent's relationship codes and limits (what-users-expect.md). 30001 is
// Tencent's catch-all for "already a friend / not a friend / not in the
// blacklist / bad parameter"; the ResultInfo says which.
export const RelationCode = {
  PARAM_INVALID: 30001,
  ACCOUNT_NOT_FOUND: 30003,
  FRIEND_LIMIT: 30010,
  FRIEND_GROUP_LIMIT: 30011,
  PEER_FRIEND_LIMIT: 30014,
  BLACKLIST_LIMIT: 30013,
  IN_MY_BLACKLIST: 30515,
  PEER_DENIES_ALL: 30516,
  IN_PEER_BLACKLIST: 30525,
  PENDING_CONFIRMATION: 30539,
  /** C2C: the sender is on the recipient's blacklist. */
  C2C_BLOCKED: 20007,
} as const;

export const RelationLimit = {
  FRIENDS: 3000,
  FRIEND_GROUPS: 32,
  BLACKLIST: 1000,
  REMARK_BYTES: 96,
  WORDING_BYTES: 256,
  GROUP_NAME_BYTES: 30,
  /** AddSource_Type_<keyword>: the keyword is at most 8 bytes. */
  SOURCE_KEYWORD_BYTES: 8,
} as const;

export const AllowType = {
  ANY: 'AllowType_Type_AllowAny',
  CONFIRM: 'AllowType_Type_NeedConfirm',
  DENY: 'AllowType_Type_DenyAny',
} as const;

/** Per-item outcome in a ResultItem list. */
export interface ItemResult {
  To_Account: string;
  ResultCode: number;
  ResultInfo: string;
}

export const ok = (to: string): ItemResult => ({ To_Account: to, ResultCode: 0, ResultInfo: '' });
export const fail = (to: string, code: number, info: string): ItemResult => ({
  To_Account: to,
  ResultCode: code,
  ResultInfo: info,
});

export const bytes = (s: string): number => Buffer.byteLength(s);
