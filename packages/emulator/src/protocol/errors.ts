// Error codes the emulator answers with. Values follow Tencent Cloud Chat's
// published codes where one fits; the SDK and the UI map these numbers to words,
// so keep them stable (docs/what-users-expect.md lists the ones the UI knows).
export const ErrorCode = {
  OK: 0,
  // UserSig / ticket refusals (70xxx): see usersig.ts for which check yields which.
  USERSIG_EXPIRED: 70001,
  USERSIG_MALFORMED: 70003,
  USERSIG_BAD_SIGNATURE: 70009,
  USERSIG_ID_MISMATCH: 70013,
  USERSIG_SDKAPPID_MISMATCH: 70014,
  // The SDK maps 70001 to "A2 key expired": it emits KICKED_OUT (usersig expired)
  // instead of retrying forever, which is what an unknown ticket should cause.
  TICKET_INVALID: 70001,
  ACCOUNT_PARAM_INVALID: 70402,
  // Request-level problems.
  BAD_ENVELOPE: 60002,
  BAD_JSON: 60003,
  MISSING_AUTH: 60004,
  BAD_SDKAPPID: 60006,
  UNSUPPORTED_COMMAND: 60010,
  // C2C messages.
  BAD_REQUEST: 20001,
  ACCOUNT_NOT_FOUND: 20003,
  MSG_TOO_LONG: 80002,
  // Profile.
  PROFILE_PARAM_INVALID: 40001,
  // REST API.
  REST_JSON_PARSE: 90001,
  REST_MSGBODY_INVALID: 90002,
  REST_TO_ACCOUNT_INVALID: 90003,
  REST_FROM_ACCOUNT_INVALID: 90008,
  REST_ADMIN_REQUIRED: 90009,
  // C2C message operations (revoke, modify).
  MSG_NOT_FOUND: 10030,
  MSG_CANNOT_REVOKE: 10032,
  C2C_REVOKE_TOO_LATE: 20016,
  MSG_MODIFY_CONFLICT: 20027,
  // Media (im_cos_msg.video_cover): Tencent's "URL is not a storage resource assigned by Chat"
  // and "incorrect result from CI" (COS media processing, which makes real covers).
  MEDIA_URL_NOT_ASSIGNED: 4001,
  MEDIA_PROCESSING_FAILED: 4003,
} as const;

/** A refusal a handler throws; the router turns it into ErrorCode/ErrorInfo. */
export class EmulatorError extends Error {
  constructor(
    readonly code: number,
    message: string,
    /** Extra reply fields some refusals carry (a modify conflict: the latest message). */
    readonly fields: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'EmulatorError';
  }
}

export function isEmulatorError(e: unknown): e is EmulatorError {
  return e instanceof EmulatorError;
}
