// Every failure the core reports is a TimError carrying a numeric code, so an app can map codes
// to words without parsing messages (the SDK's own messages are empty in proxyServer mode).

/**
 * Codes the core produces itself, plus the SDK and server codes an app most often has to explain.
 * The core's own codes are single digits (no SDK or server code is that small); 2801 and 8001
 * reuse the SDK's codes on purpose, because they mean the same thing the SDK would report.
 */
export const TimErrorCode = {
  /** An error without a numeric code (a bug, or something thrown by a platform API). */
  UNKNOWN: 1,
  /** An argument was rejected before any network call (empty text, malformed conversation ID...). */
  INVALID_ARGUMENT: 2,
  /** The core was destroyed; create a new one. */
  CORE_DESTROYED: 3,
  /** Local storage needs IndexedDB, which this environment lacks (Node), or it could not be opened. */
  STORAGE_UNAVAILABLE: 4,
  /** A local-storage action before storage.initStorage(). */
  STORAGE_NOT_INITIALIZED: 5,
  /** No global WebSocket (Node 20): pass createChat({ WebSocket }) from the ws package. */
  WEBSOCKET_UNAVAILABLE: 6,
  /** messages.cancelUpload: the send of a media message whose upload was cancelled rejects with this. */
  UPLOAD_CANCELLED: 7,
  /** messages.cancelUpload: this platform's upload cannot be aborted (no XMLHttpRequest, e.g. Node). */
  UPLOAD_CANCEL_UNSUPPORTED: 8,
  /** Login did not finish within `loginTimeoutMs` (the SDK's own NETWORK_TIMEOUT code). */
  LOGIN_TIMEOUT: 2801,
  NOT_LOGGED_IN: 2024,
  REPEAT_LOGIN: 2025,
  UPLOAD_PLUGIN_MISSING: 2040,
  NETWORK_ERROR: 2800,
  NO_MODULE: 2998,
  SDK_NOT_READY: 2999,
  /** Text over 12,288 UTF-8 bytes, refused locally. */
  MESSAGE_TOO_LONG: 8001,
  /** The server's verdict on an oversized message body. */
  SERVER_MESSAGE_TOO_LONG: 80002,
  SENSITIVE_TEXT: 80001,
  USER_SIG_EXPIRED: 70001,
  USER_SIG_INVALID: 70003,
  TOO_MANY_REQUESTS: 60018,
  IN_PEER_BLACKLIST: 20007,
  C2C_SENDER_MUTED: 20012,
  GROUP_MUTED: 10017,
  GROUP_RATE_LIMIT: 10023,
  NOT_GROUP_MEMBER: 2623,
  // groups: GROUP_FIELD_TOO_LONG is also checked locally (name 30 B, notification 300 B...)
  GROUP_FIELD_TOO_LONG: 10004,
  GROUP_NO_PERMISSION: 10007,
  GROUP_OWNER_CANNOT_QUIT: 10009,
  GROUP_NOT_FOUND: 10010,
  GROUP_ALREADY_MEMBER: 10013,
  GROUP_FULL: 10014,
  GROUP_WORK_NO_APPLY: 2601,
  GROUP_AVCHATROOM_NO_TRANSFER: 2620,
  GROUP_WORK_NO_DISMISS: 2622,
  // messages: media checks (the SDK's own codes, raised by the core before any upload) and revoke
  FILE_EMPTY: 2108,
  IMAGE_FORMAT_UNSUPPORTED: 2252,
  IMAGE_TOO_LARGE: 2253,
  SOUND_TOO_LARGE: 2301,
  VIDEO_TOO_LARGE: 2351,
  VIDEO_FORMAT_UNSUPPORTED: 2352,
  FILE_TOO_LARGE: 2402,
  /** C2C recall after the 2-minute window. */
  REVOKE_WINDOW_PASSED: 20016,
  /** Group recall after the 2-minute window. */
  GROUP_REVOKE_WINDOW_PASSED: 10031,
  // forwarding (messages.forward / openMerged): the SDK's own codes
  /** Group tips and notices cannot be forwarded. */
  FORWARD_TYPE_INVALID: 2453,
  /** A merged message's list could not be downloaded. */
  MERGER_DOWNLOAD_FAILED: 2452,
  // profile and relationship chain: SDK codes for local checks, server codes for outcomes
  PROFILE_INVALID: 2721,
  PROFILE_NO_CHANGES: 2722,
  NOT_A_FRIEND: 2700,
  FRIEND_GROUP_EXISTS: 2710,
  FRIEND_GROUP_NOT_FOUND: 2711,
  FRIEND_APPLICATION_NOT_FOUND: 2716,
  CANNOT_BLOCK_SELF: 2742,
  FRIEND_LIMIT: 30010,
  FRIEND_GROUP_LIMIT: 30011,
  BLACKLIST_LIMIT: 30013,
  PEER_FRIEND_LIMIT: 30014,
  IN_MY_BLACKLIST: 30515,
  PEER_REFUSES_FRIENDS: 30516,
  IN_PEER_FRIEND_BLACKLIST: 30525,
  FRIEND_REQUEST_PENDING: 30539,
} as const;

export type TimErrorCodeName = keyof typeof TimErrorCode;

const descriptions: Record<number, string> = {
  [TimErrorCode.UNKNOWN]: 'unexpected error',
  [TimErrorCode.INVALID_ARGUMENT]: 'invalid argument',
  [TimErrorCode.CORE_DESTROYED]: 'the chat core was destroyed',
  [TimErrorCode.STORAGE_UNAVAILABLE]: 'local storage needs IndexedDB, which is not available here',
  [TimErrorCode.STORAGE_NOT_INITIALIZED]: 'call storage.initStorage() first',
  [TimErrorCode.WEBSOCKET_UNAVAILABLE]: 'no WebSocket here: install ws and pass it to createChat',
  [TimErrorCode.UPLOAD_CANCELLED]: 'the upload was cancelled',
  [TimErrorCode.UPLOAD_CANCEL_UNSUPPORTED]: 'uploads cannot be cancelled here',
  [TimErrorCode.LOGIN_TIMEOUT]: 'the chat server did not answer in time',
  [TimErrorCode.NOT_LOGGED_IN]: 'not logged in',
  [TimErrorCode.REPEAT_LOGIN]: 'already logged in or logging in',
  [TimErrorCode.UPLOAD_PLUGIN_MISSING]: 'the upload plugin is not registered',
  [TimErrorCode.NETWORK_ERROR]: 'network error',
  [TimErrorCode.NO_MODULE]: 'the SDK feature module is not loaded',
  [TimErrorCode.SDK_NOT_READY]: 'the SDK is not ready',
  [TimErrorCode.MESSAGE_TOO_LONG]: 'the message is longer than 12,288 bytes',
  [TimErrorCode.SERVER_MESSAGE_TOO_LONG]: 'the server refused the message as too long',
  [TimErrorCode.SENSITIVE_TEXT]: 'the message contains sensitive text',
  [TimErrorCode.USER_SIG_EXPIRED]: 'the UserSig has expired',
  [TimErrorCode.USER_SIG_INVALID]: 'the UserSig is invalid',
  [TimErrorCode.TOO_MANY_REQUESTS]: 'too many requests',
  [TimErrorCode.IN_PEER_BLACKLIST]: 'the recipient has blocked you',
  [TimErrorCode.C2C_SENDER_MUTED]: 'you are muted',
  [TimErrorCode.GROUP_MUTED]: 'you are muted in this group',
  [TimErrorCode.GROUP_RATE_LIMIT]: 'the group is receiving too many messages',
  [TimErrorCode.NOT_GROUP_MEMBER]: 'you are not a member of this group',
  [TimErrorCode.GROUP_FIELD_TOO_LONG]: 'a group field is too long or invalid',
  [TimErrorCode.GROUP_NO_PERMISSION]: 'you do not have permission to do this in the group',
  [TimErrorCode.GROUP_OWNER_CANNOT_QUIT]: 'the owner cannot leave this group; transfer it first',
  [TimErrorCode.GROUP_NOT_FOUND]: 'the group does not exist or was dismissed',
  [TimErrorCode.GROUP_ALREADY_MEMBER]: 'already a member of the group',
  [TimErrorCode.GROUP_FULL]: 'the group is full',
  [TimErrorCode.GROUP_WORK_NO_APPLY]:
    'work groups cannot be joined by applying; ask a member to invite you',
  [TimErrorCode.GROUP_AVCHATROOM_NO_TRANSFER]: 'an audio-video group cannot be transferred',
  [TimErrorCode.GROUP_WORK_NO_DISMISS]: 'a work group cannot be dismissed',
  [TimErrorCode.FILE_EMPTY]: 'the file is empty',
  [TimErrorCode.IMAGE_FORMAT_UNSUPPORTED]: 'images must be jpg, jpeg, gif, png, bmp or webp',
  [TimErrorCode.IMAGE_TOO_LARGE]: 'images must be smaller than 20 MB',
  [TimErrorCode.SOUND_TOO_LARGE]: 'voice clips must be at most 20 MB',
  [TimErrorCode.VIDEO_TOO_LARGE]: 'videos must be at most 100 MB',
  [TimErrorCode.VIDEO_FORMAT_UNSUPPORTED]: 'videos must be mp4 or mov',
  [TimErrorCode.FILE_TOO_LARGE]: 'files must be at most 100 MB',
  [TimErrorCode.REVOKE_WINDOW_PASSED]: 'messages can only be recalled within 2 minutes',
  [TimErrorCode.GROUP_REVOKE_WINDOW_PASSED]: 'messages can only be recalled within 2 minutes',
  [TimErrorCode.FORWARD_TYPE_INVALID]: 'group tips and notices cannot be forwarded',
  [TimErrorCode.MERGER_DOWNLOAD_FAILED]: 'the merged messages could not be downloaded',
  [TimErrorCode.PROFILE_INVALID]: 'a profile field is invalid',
  [TimErrorCode.PROFILE_NO_CHANGES]: 'the profile update changes nothing',
  [TimErrorCode.NOT_A_FRIEND]: 'this user is not your friend',
  [TimErrorCode.FRIEND_GROUP_EXISTS]: 'a friend group with this name already exists',
  [TimErrorCode.FRIEND_GROUP_NOT_FOUND]: 'there is no friend group with this name',
  [TimErrorCode.FRIEND_APPLICATION_NOT_FOUND]: 'there is no such friend request',
  [TimErrorCode.CANNOT_BLOCK_SELF]: 'you cannot block yourself',
  [TimErrorCode.FRIEND_LIMIT]: 'you have reached the friend limit',
  [TimErrorCode.FRIEND_GROUP_LIMIT]: 'you can have at most 32 friend groups',
  [TimErrorCode.BLACKLIST_LIMIT]: 'you can block at most 1,000 users',
  [TimErrorCode.PEER_FRIEND_LIMIT]: 'the other user has reached the friend limit',
  [TimErrorCode.IN_MY_BLACKLIST]: 'this user is on your blocklist',
  [TimErrorCode.PEER_REFUSES_FRIENDS]: 'this user does not accept friend requests',
  [TimErrorCode.IN_PEER_FRIEND_BLACKLIST]: 'this user has blocked you',
  [TimErrorCode.FRIEND_REQUEST_PENDING]: 'the friend request awaits confirmation',
};

/** A short English description of a code, used when the SDK gives no message. */
export function describeErrorCode(code: number): string {
  return descriptions[code] ?? `error ${code}`;
}

/**
 * `message` is meant for people (the SDK's message, or one of ours); `operation` says which
 * action failed, so messages carry no 'messages.sendText:' prefix.
 */
export class TimError extends Error {
  readonly code: number;
  /** The core action that failed, e.g. 'messages.sendText'. */
  readonly operation: string;

  constructor(code: number, message: string, operation: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TimError';
    this.code = code;
    this.operation = operation;
  }
}

/** Wraps anything an SDK promise rejected with (usually `{ code, message }`) into a TimError. */
export function toTimError(error: unknown, operation: string): TimError {
  if (error instanceof TimError) return error;
  const source = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    message?: unknown;
  };
  const code =
    typeof source.code === 'number' && Number.isFinite(source.code)
      ? source.code
      : TimErrorCode.UNKNOWN;
  const text =
    typeof source.message === 'string' && source.message !== ''
      ? source.message
      : describeErrorCode(code);
  return new TimError(code, text, operation, { cause: error });
}

export function invalidArgument(operation: string, why: string): TimError {
  return new TimError(TimErrorCode.INVALID_ARGUMENT, why, operation);
}
