// Tencent's group error codes (docs/what-users-expect.md). Kept here rather than
// in protocol/errors.ts: only the group domain answers them.
export const GroupCode = {
  /** A parameter is invalid (type, length, value). */
  PARAM_INVALID: 10004,
  /** No permission: wrong role for the action, or not a member. */
  NO_PERMISSION: 10007,
  OWNER_CANNOT_QUIT: 10009,
  NOT_FOUND: 10010,
  ALREADY_MEMBER: 10013,
  GROUP_FULL: 10014,
  INVALID_GROUP_ID: 10015,
  MUTED: 10017,
  GROUP_ID_IN_USE: 10025,
  MSG_NOT_FOUND: 10030,
  RECALL_TOO_LATE: 10031,
  RECALL_FORBIDDEN_TYPE: 10033,
  WORK_NO_APPLY: 2601,
  AV_NO_TRANSFER: 2620,
  WORK_NO_DISMISS: 2622,
  NOT_MEMBER: 2623,
} as const;
