// Reading and checking the group a request names, and the caller's membership.
import type { App } from '../../app.js';
import { EmulatorError } from '../../protocol/errors.js';
import type { GroupRow } from '../../store/groups/groups.js';
import type { MemberRow } from '../../store/groups/members.js';
import { GroupCode } from './codes.js';

export const MAX_GROUP_ID_BYTES = 48;

export function groupIDProblem(v: unknown): string | undefined {
  if (typeof v !== 'string' || v === '') return 'GroupId must be a non-empty string';
  if (Buffer.byteLength(v) > MAX_GROUP_ID_BYTES)
    return `GroupId must be at most ${MAX_GROUP_ID_BYTES} bytes`;
  return undefined;
}

export function requireGroup(app: App, groupID: unknown): GroupRow {
  const problem = groupIDProblem(groupID);
  if (problem) throw new EmulatorError(GroupCode.INVALID_GROUP_ID, problem);
  const g = app.groups.groups.get(groupID as string);
  if (!g)
    throw new EmulatorError(
      GroupCode.NOT_FOUND,
      `group ${String(groupID)} does not exist or was dismissed`,
    );
  return g;
}

export function requireMember(app: App, g: GroupRow, userID: string): MemberRow {
  const m = app.groups.members.get(g.groupID, userID);
  if (!m)
    throw new EmulatorError(GroupCode.NO_PERMISSION, `${userID} is not a member of ${g.groupID}`);
  return m;
}

/** A member other than the caller that the request names; 2623 when not in the group. */
export function requireTarget(app: App, g: GroupRow, userID: unknown): MemberRow {
  if (typeof userID !== 'string' || userID === '')
    throw new EmulatorError(GroupCode.PARAM_INVALID, 'Member_Account must be a non-empty string');
  const m = app.groups.members.get(g.groupID, userID);
  if (!m)
    throw new EmulatorError(GroupCode.NOT_MEMBER, `${userID} is not a member of ${g.groupID}`);
  return m;
}

/**
 * The SDK sends Community requests to million_group_open_http_svc and tells
 * them apart by the '@TGS#_' ID prefix, so Community IDs must carry it.
 */
export const COMMUNITY_PREFIX = '@TGS#_';
