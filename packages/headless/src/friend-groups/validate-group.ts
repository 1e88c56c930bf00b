// Friend-group names and counts are checked before any network call: an unknown or duplicate
// name fails with the SDK's own codes (2711, 2710), a 33rd group with Tencent's limit code 30011.
import { TimError, TimErrorCode, invalidArgument } from '../errors.js';
import { utf8Length } from '../messages/validate.js';
import type { TimFriendGroup } from './types.js';

export const FRIEND_GROUP_LIMITS = { groups: 32, nameBytes: 30 } as const;

export function validateGroupName(name: unknown, operation: string, field = 'name'): string {
  if (typeof name !== 'string' || name.trim() === '') {
    throw invalidArgument(operation, `${field} must be a non-empty string`);
  }
  const bytes = utf8Length(name);
  if (bytes > FRIEND_GROUP_LIMITS.nameBytes) {
    throw invalidArgument(
      operation,
      `${field} is ${bytes} bytes; at most ${FRIEND_GROUP_LIMITS.nameBytes}`,
    );
  }
  return name;
}

export function requireGroup(
  groups: readonly TimFriendGroup[],
  name: string,
  operation: string,
): TimFriendGroup {
  const group = groups.find((g) => g.name === name);
  if (!group) {
    throw new TimError(
      TimErrorCode.FRIEND_GROUP_NOT_FOUND,
      `there is no friend group "${name}"`,
      operation,
    );
  }
  return group;
}

export function requireNewGroupName(
  groups: readonly TimFriendGroup[],
  name: string,
  operation: string,
): void {
  if (groups.some((g) => g.name === name)) {
    throw new TimError(
      TimErrorCode.FRIEND_GROUP_EXISTS,
      `a friend group "${name}" already exists`,
      operation,
    );
  }
}
