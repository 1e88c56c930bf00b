// Sending a friend request. The server's verdicts a user must see (pending confirmation, refused,
// blocked, a full list) come back as a typed result, not as an error: they are answers, not faults.
import { invalidArgument, toTimError } from '../errors.js';
import { requireGroup, validateGroupName } from '../friend-groups/validate-group.js';
import type { TimFriendGroup } from '../friend-groups/types.js';
import type { CoreContext } from '../internal/context.js';
import { validateUserID } from '../internal/user-ids.js';
import { SnsType, sdkOptions } from '../sdk/relationship.js';
import type { SdkResponse } from '../sdk/types.js';
import type { TimAddFriendInput, TimAddFriendResult, TimAddFriendStatus } from './types.js';
import { FRIEND_LIMITS, toSdkSource, validateBytes } from './validate-friend.js';

const statusByCode: Record<number, TimAddFriendStatus> = {
  0: 'added',
  30539: 'pending',
  30516: 'refused',
  30515: 'blacklisted',
  30525: 'blacklisted',
  30010: 'limit',
  30014: 'limit',
};

export async function addFriend(
  ctx: CoreContext,
  groups: () => readonly TimFriendGroup[],
  input: TimAddFriendInput,
): Promise<TimAddFriendResult> {
  const op = 'friends.add';
  ctx.assertAlive(op);
  if (typeof input !== 'object' || input === null)
    throw invalidArgument(op, 'input must be an object');
  const userID = validateUserID(input.userID, op);
  const options: Record<string, unknown> = {
    to: userID,
    source: toSdkSource(input.source, op),
    type: input.both === false ? SnsType.ADD_TYPE_SINGLE : SnsType.ADD_TYPE_BOTH,
  };
  if (input.remark !== undefined) {
    options.remark = validateBytes(input.remark, 'remark', FRIEND_LIMITS.remarkBytes, op);
  }
  if (input.wording !== undefined) {
    options.wording = validateBytes(input.wording, 'wording', FRIEND_LIMITS.wordingBytes, op);
  }
  if (input.both !== undefined && typeof input.both !== 'boolean') {
    throw invalidArgument(op, 'both must be a boolean');
  }
  if (input.group !== undefined) options.groupName = validateGroupName(input.group, op, 'group');
  ctx.requireLogin(op);
  if (userID === ctx.selfID()) throw invalidArgument(op, 'you cannot add yourself as a friend');
  if (input.group !== undefined) requireGroup(groups(), input.group, op);

  let code: number;
  try {
    const reply = (await ctx.chat.addFriend(sdkOptions(options))) as SdkResponse<{ code?: number }>;
    code = reply.data?.code ?? 0;
  } catch (cause) {
    const error = toTimError(cause, op);
    if (statusByCode[error.code] === undefined) throw error;
    code = error.code;
  }
  const status = statusByCode[code];
  if (status === undefined) throw toTimError({ code }, op);
  return { userID, status, code };
}
