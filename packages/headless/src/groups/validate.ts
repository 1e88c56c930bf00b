// Checks that run before any network call: Tencent's byte limits for group fields (a too-long
// field fails with the server's own code, 10004, without a round trip) and argument shapes.
import { TimError, TimErrorCode, invalidArgument } from '../errors.js';
import { utf8Length } from '../messages/validate.js';
import { groupTypeOf } from './map-group.js';
import type {
  CreateGroupOptions,
  GroupProfilePatch,
  TimGroupType,
  TimJoinOption,
  TimReceiveOption,
} from './types.js';

/** UTF-8 byte limits (docs/what-users-expect.md). */
export const GROUP_LIMITS = {
  groupID: 48,
  name: 30,
  notification: 300,
  introduction: 240,
  avatar: 100,
  nameCard: 50,
} as const;

const JOIN_OPTIONS: readonly TimJoinOption[] = ['free', 'approval', 'disabled'];
const RECEIVE_OPTIONS: readonly TimReceiveOption[] = ['notify', 'silent', 'discard'];

export function checkGroupID(groupID: unknown, operation: string): string {
  if (typeof groupID !== 'string' || groupID.trim() === '')
    throw invalidArgument(operation, 'groupID must be a non-empty string');
  return groupID;
}

export function checkUserID(userID: unknown, operation: string, what = 'userID'): string {
  if (typeof userID !== 'string' || userID.trim() === '')
    throw invalidArgument(operation, `${what} must be a non-empty string`);
  return userID;
}

export function checkUserIDs(userIDs: unknown, operation: string): string[] {
  if (!Array.isArray(userIDs) || userIDs.length === 0)
    throw invalidArgument(operation, 'userIDs must be a non-empty array of user IDs');
  return [...new Set(userIDs.map((id) => checkUserID(id, operation, 'every userID')))];
}

/** Optional text fields: a string within `field`'s byte limit. */
export function checkField(
  value: unknown,
  field: keyof typeof GROUP_LIMITS,
  operation: string,
): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalidArgument(operation, `${field} must be a string`);
  const bytes = utf8Length(value);
  const limit = GROUP_LIMITS[field];
  if (bytes > limit) {
    throw new TimError(
      TimErrorCode.GROUP_FIELD_TOO_LONG,
      `${field} is ${bytes} bytes; at most ${limit} UTF-8 bytes are allowed`,
      operation,
    );
  }
  return value;
}

export function checkJoinOption(value: unknown, operation: string): TimJoinOption | undefined {
  if (value === undefined) return undefined;
  if (!JOIN_OPTIONS.includes(value as TimJoinOption))
    throw invalidArgument(operation, `joinOption must be one of ${JOIN_OPTIONS.join(', ')}`);
  return value as TimJoinOption;
}

export function checkReceiveOption(value: unknown, operation: string): TimReceiveOption {
  if (!RECEIVE_OPTIONS.includes(value as TimReceiveOption))
    throw invalidArgument(operation, `option must be one of ${RECEIVE_OPTIONS.join(', ')}`);
  return value as TimReceiveOption;
}

export interface CheckedCreate extends CreateGroupOptions {
  type: TimGroupType;
}

export function checkCreateOptions(options: unknown, operation: string): CheckedCreate {
  if (typeof options !== 'object' || options === null)
    throw invalidArgument(operation, 'options must be an object');
  const o = options as CreateGroupOptions;
  const type = groupTypeOf(o.type);
  if (!type) {
    throw invalidArgument(
      operation,
      'type must be Work, Public, Meeting, AVChatRoom or Community (or the seed names Private, ChatRoom, BChatRoom)',
    );
  }
  if (typeof o.name !== 'string' || o.name.trim() === '')
    throw invalidArgument(operation, 'name must be a non-empty string');
  checkField(o.name, 'name', operation);
  if (o.groupID !== undefined) checkField(checkGroupID(o.groupID, operation), 'groupID', operation);
  checkField(o.notification, 'notification', operation);
  checkField(o.introduction, 'introduction', operation);
  checkField(o.avatar, 'avatar', operation);
  checkJoinOption(o.joinOption, operation);
  if (o.members !== undefined) {
    if (type === 'AVChatRoom' && o.members.length > 0)
      throw invalidArgument(operation, 'an AVChatRoom cannot be created with members');
    if (o.members.length > 0) checkUserIDs(o.members, operation);
  }
  if (
    o.maxMemberCount !== undefined &&
    (!Number.isInteger(o.maxMemberCount) || o.maxMemberCount <= 0)
  )
    throw invalidArgument(operation, 'maxMemberCount must be a positive integer');
  return { ...o, type };
}

export function checkProfilePatch(patch: unknown, operation: string): GroupProfilePatch {
  if (typeof patch !== 'object' || patch === null)
    throw invalidArgument(operation, 'patch must be an object');
  const p = patch as GroupProfilePatch;
  if (p.name !== undefined && (typeof p.name !== 'string' || p.name.trim() === ''))
    throw invalidArgument(operation, 'name must be a non-empty string');
  checkField(p.name, 'name', operation);
  checkField(p.notification, 'notification', operation);
  checkField(p.introduction, 'introduction', operation);
  checkField(p.avatar, 'avatar', operation);
  checkJoinOption(p.joinOption, operation);
  if (p.muteAll !== undefined && typeof p.muteAll !== 'boolean')
    throw invalidArgument(operation, 'muteAll must be a boolean');
  const keys = ['name', 'notification', 'introduction', 'avatar', 'joinOption', 'muteAll'] as const;
  if (!keys.some((key) => p[key] !== undefined))
    throw invalidArgument(operation, `patch must set at least one of ${keys.join(', ')}`);
  return p;
}

export function checkMuteSeconds(seconds: unknown, operation: string): number {
  if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 0)
    throw invalidArgument(operation, 'seconds must be a whole number >= 0 (0 unmutes)');
  return seconds;
}
