// Friend groups: named sets of the owner's friends (limit 32 groups). The SDK
// updates its own group state from the replies and reads no push for these,
// so nothing is pushed; another instance sees them at its next login fetch.
import type { App } from '../../app.js';
import { EmulatorError } from '../../protocol/errors.js';
import { nowSeconds } from '../../store/db.js';
import { userIDProblem } from '../../handlers/validate.js';
import { RelationCode, RelationLimit, bytes, fail, ok, type ItemResult } from './codes.js';

function checkName(name: unknown, field: string): string {
  if (typeof name !== 'string' || name === '')
    throw new EmulatorError(RelationCode.PARAM_INVALID, `${field} must be a non-empty string`);
  if (bytes(name) > RelationLimit.GROUP_NAME_BYTES)
    throw new EmulatorError(
      RelationCode.PARAM_INVALID,
      `${field} is at most ${RelationLimit.GROUP_NAME_BYTES} bytes`,
    );
  return name;
}

function checkMember(app: App, owner: string, id: unknown): ItemResult | string {
  const problem = userIDProblem(id);
  if (problem) return fail(String(id), RelationCode.PARAM_INVALID, `To_Account ${problem}`);
  const to = id as string;
  if (!app.relations.friends.has(owner, to))
    return fail(to, RelationCode.PARAM_INVALID, `"${to}" is not in your friend list`);
  return to;
}

export function createFriendGroups(
  app: App,
  owner: string,
  rawNames: unknown[],
  members: unknown[],
): ItemResult[] {
  const groups = app.relations.friendGroups;
  const names = rawNames.map((n) => checkName(n, 'GroupName'));
  if (names.length === 0)
    throw new EmulatorError(RelationCode.PARAM_INVALID, 'GroupName must list at least one name');
  for (const name of names)
    if (groups.exists(owner, name) || names.indexOf(name) !== names.lastIndexOf(name))
      throw new EmulatorError(RelationCode.PARAM_INVALID, `friend group "${name}" already exists`);
  if (groups.names(owner).length + names.length > RelationLimit.FRIEND_GROUPS)
    throw new EmulatorError(
      RelationCode.FRIEND_GROUP_LIMIT,
      `at most ${RelationLimit.FRIEND_GROUPS} friend groups`,
    );
  return app.relations.atomically(() => {
    for (const name of names) groups.create(owner, name, nowSeconds());
    return members.map((id) => {
      const checked = checkMember(app, owner, id);
      if (typeof checked !== 'string') return checked;
      for (const name of names) groups.addMember(owner, name, checked);
      return ok(checked);
    });
  });
}

export function deleteFriendGroups(app: App, owner: string, rawNames: unknown[]): void {
  const groups = app.relations.friendGroups;
  const names = rawNames.map((n) => checkName(n, 'GroupName'));
  for (const name of names)
    if (!groups.exists(owner, name))
      throw new EmulatorError(RelationCode.PARAM_INVALID, `no friend group "${name}"`);
  app.relations.atomically(() => {
    for (const name of names) groups.remove(owner, name);
  });
}

export interface GroupUpdate {
  oldName: unknown;
  newName?: unknown;
  items: unknown[];
}

const UPDATE_ADD = 'Update_Type_Add';
const UPDATE_DELETE = 'Update_Type_Delete';

/** Rename (GroupNewName) and/or add and remove friends (UpdateGroupItem). */
export function updateFriendGroup(
  app: App,
  owner: string,
  u: GroupUpdate,
): (ItemResult & { UpdateType: string })[] {
  const groups = app.relations.friendGroups;
  const oldName = checkName(u.oldName, 'GroupOldName');
  if (!groups.exists(owner, oldName))
    throw new EmulatorError(RelationCode.PARAM_INVALID, `no friend group "${oldName}"`);
  let name = oldName;
  if (u.newName !== undefined && u.newName !== null) {
    const newName = checkName(u.newName, 'GroupNewName');
    if (newName !== oldName && groups.exists(owner, newName))
      throw new EmulatorError(
        RelationCode.PARAM_INVALID,
        `friend group "${newName}" already exists`,
      );
    name = newName;
  }
  return app.relations.atomically(() => {
    if (name !== oldName) groups.rename(owner, oldName, name);
    return u.items.map((raw) => {
      const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
      const type = String(item.UpdateType ?? '');
      const checked = checkMember(app, owner, item.To_Account);
      if (typeof checked !== 'string') return { ...checked, UpdateType: type };
      if (type === UPDATE_ADD) groups.addMember(owner, name, checked);
      else if (type === UPDATE_DELETE) {
        if (!groups.removeMember(owner, name, checked))
          return {
            ...fail(checked, RelationCode.PARAM_INVALID, `"${checked}" is not in "${name}"`),
            UpdateType: type,
          };
      } else
        return {
          ...fail(
            checked,
            RelationCode.PARAM_INVALID,
            `UpdateType must be ${UPDATE_ADD} or ${UPDATE_DELETE}`,
          ),
          UpdateType: type,
        };
      return { ...ok(checked), UpdateType: type };
    });
  });
}
