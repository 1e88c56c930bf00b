// Blacklist changes. Blocking someone ends the friendship both ways and drops
// pending applications between the two, as Tencent does.
import type { App } from '../../app.js';
import { nowSeconds } from '../../store/db.js';
import { userIDProblem } from '../../handlers/validate.js';
import { RelationCode, RelationLimit, fail, ok, type ItemResult } from './codes.js';
import { forgetApplications, unfriend } from './befriend.js';
import { pushBlacklistAdded, pushBlacklistDeleted } from './push.js';

export function addToBlacklist(app: App, owner: string, ids: unknown[]): ItemResult[] {
  const rel = app.relations;
  const added: string[] = [];
  const results = ids.map((id) => {
    const problem = userIDProblem(id);
    if (problem) return fail(String(id), RelationCode.PARAM_INVALID, `To_Account ${problem}`);
    const to = id as string;
    if (to === owner) return fail(to, RelationCode.PARAM_INVALID, 'you cannot block yourself');
    if (!app.users.exists(to))
      return fail(to, RelationCode.ACCOUNT_NOT_FOUND, `account "${to}" does not exist`);
    if (rel.blacklist.has(owner, to))
      return fail(to, RelationCode.PARAM_INVALID, `"${to}" is already on your blacklist`);
    if (rel.blacklist.count(owner) >= RelationLimit.BLACKLIST)
      return fail(
        to,
        RelationCode.BLACKLIST_LIMIT,
        `the blacklist holds at most ${RelationLimit.BLACKLIST}`,
      );
    rel.atomically(() => {
      rel.blacklist.add(owner, to, nowSeconds());
      unfriend(app, owner, to);
      unfriend(app, to, owner);
      forgetApplications(app, owner, to);
    });
    added.push(to);
    return ok(to);
  });
  pushBlacklistAdded(app, owner, added);
  return results;
}

export function removeFromBlacklist(app: App, owner: string, ids: unknown[]): ItemResult[] {
  const removed: string[] = [];
  const results = ids.map((id) => {
    const problem = userIDProblem(id);
    if (problem) return fail(String(id), RelationCode.PARAM_INVALID, `To_Account ${problem}`);
    const to = id as string;
    if (!app.relations.blacklist.remove(owner, to))
      return fail(to, RelationCode.PARAM_INVALID, `"${to}" is not on your blacklist`);
    removed.push(to);
    return ok(to);
  });
  pushBlacklistDeleted(app, owner, removed);
  return results;
}

/** Whether `recipient` blocked `sender` (their C2C messages are refused with 20007). */
export const isBlockedBy = (app: App, recipient: string, sender: string): boolean =>
  app.relations.blacklist.has(recipient, sender);
