// Deleting friends: Delete_Type_Single drops the friend from the caller's list
// only; Delete_Type_Both from both lists (the other side is told too).
import type { App } from '../../app.js';
import { userIDProblem } from '../../handlers/validate.js';
import { RelationCode, fail, ok, type ItemResult } from './codes.js';
import { unfriend } from './befriend.js';
import { enumField, failedAccounts, listField } from './request.js';

export type DeleteType = 'Delete_Type_Single' | 'Delete_Type_Both';

/** A friend_delete body (socket or REST): To_Account and DeleteType (Both by default). */
export function deleteFriendsAsAsked(
  app: App,
  from: string,
  body: Record<string, unknown>,
): { ResultItem: ItemResult[]; Fail_Account: string[] } {
  const ids = listField(body, 'To_Account');
  const type = enumField<DeleteType>(
    body,
    'DeleteType',
    ['Delete_Type_Single', 'Delete_Type_Both'],
    'Delete_Type_Both',
  );
  const ResultItem = deleteFriends(app, from, ids, type);
  return { ResultItem, Fail_Account: failedAccounts(ResultItem) };
}

export function deleteFriends(
  app: App,
  from: string,
  ids: unknown[],
  type: DeleteType,
): ItemResult[] {
  return ids.map((id) => {
    const problem = userIDProblem(id);
    if (problem) return fail(String(id), RelationCode.PARAM_INVALID, `To_Account ${problem}`);
    const to = id as string;
    if (!app.relations.friends.has(from, to))
      return fail(to, RelationCode.PARAM_INVALID, `"${to}" is not in your friend list`);
    app.relations.atomically(() => {
      unfriend(app, from, to);
      if (type === 'Delete_Type_Both') unfriend(app, to, from);
    });
    return ok(to);
  });
}

export type Relation =
  | 'CheckResult_Type_NoRelation'
  | 'CheckResult_Type_AWithB'
  | 'CheckResult_Type_BWithA'
  | 'CheckResult_Type_BothWay';

/** A = the caller, B = the other user. Single checks only the caller's list. */
export function relationOf(app: App, a: string, b: string, both: boolean): Relation {
  const ab = app.relations.friends.has(a, b);
  const ba = both && app.relations.friends.has(b, a);
  if (ab && ba) return 'CheckResult_Type_BothWay';
  if (ab) return 'CheckResult_Type_AWithB';
  if (ba) return 'CheckResult_Type_BWithA';
  return 'CheckResult_Type_NoRelation';
}
