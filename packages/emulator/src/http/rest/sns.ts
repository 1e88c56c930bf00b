// v4/sns/friend_add, friend_delete, friend_get: the admin manages a user's
// friends. Same rules and pushes as the socket commands; ForceAddFlags 1 skips
// the target's AllowType (Tencent's "force add" for backends).
import type { App } from '../../app.js';
import { EmulatorError } from '../../protocol/errors.js';
import { RelationCode } from '../../domain/relations/codes.js';
import { addFriends, parseAddRequest } from '../../domain/relations/add.js';
import { deleteFriendsAsAsked } from '../../domain/relations/remove.js';
import { friendPage } from '../../domain/relations/lists.js';
import { failedAccounts, intField } from '../../domain/relations/request.js';
import { userIDProblem } from '../../handlers/validate.js';

function fromAccount(app: App, body: Record<string, unknown>): string {
  const problem = userIDProblem(body.From_Account);
  if (problem) throw new EmulatorError(RelationCode.PARAM_INVALID, `From_Account ${problem}`);
  const id = body.From_Account as string;
  if (!app.users.exists(id))
    throw new EmulatorError(RelationCode.ACCOUNT_NOT_FOUND, `account "${id}" does not exist`);
  return id;
}

export function restFriendAdd(app: App, body: Record<string, unknown>): Record<string, unknown> {
  const from = fromAccount(app, body);
  const { items, addType } = parseAddRequest(body);
  const force = intField(body, 'ForceAddFlags', 0) === 1;
  const ResultItem = addFriends(app, from, items, addType, force);
  return { ResultItem, Fail_Account: failedAccounts(ResultItem) };
}

export function restFriendDelete(app: App, body: Record<string, unknown>): Record<string, unknown> {
  return deleteFriendsAsAsked(app, fromAccount(app, body), body);
}

export function restFriendGet(app: App, body: Record<string, unknown>): Record<string, unknown> {
  const from = fromAccount(app, body);
  return friendPage(app, from, intField(body, 'StartIndex', 0));
}
