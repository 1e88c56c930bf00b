// Friend groups: named sets of friends. The SDK keeps the list and updates it from each reply;
// the store is re-read from that list after every change and on FRIEND_GROUP_LIST_UPDATED.
import { TimError, TimErrorCode, toTimError } from '../errors.js';
import type { TimBatchResult, TimUserFailure } from '../friends/types.js';
import type { CoreContext } from '../internal/context.js';
import { validateUserIDs } from '../internal/user-ids.js';
import type { SdkEventHandlers } from '../sdk/events.js';
import type { SdkFriendGroup } from '../sdk/relationship.js';
import { SdkEvent, type SdkResponse } from '../sdk/types.js';
import type { TimFriendGroup, TimFriendGroups } from './types.js';
import {
  FRIEND_GROUP_LIMITS,
  requireGroup,
  requireNewGroupName,
  validateGroupName,
} from './validate-group.js';

export interface FriendGroupsDeps {
  isFriend(userID: string): boolean;
}

const MAX_USERS = 1000;

export function createFriendGroups(
  ctx: CoreContext,
  deps: FriendGroupsDeps,
): { api: TimFriendGroups; handlers: SdkEventHandlers } {
  const groups = ctx.store<readonly TimFriendGroup[]>([]);
  ctx.onSessionReset(() => groups.set([]));

  function apply(list: readonly SdkFriendGroup[]): void {
    groups.set(list.map((g) => ({ name: g.name, userIDs: [...(g.userIDList ?? [])] })));
  }

  async function load(): Promise<void> {
    // The SDK announces its lists while it syncs, before it is ready to be asked; SDK_READY reloads.
    if (!ctx.chat.isReady()) return;
    const { data } = (await ctx.chat.getFriendGroupList()) as SdkResponse<SdkFriendGroup[]>;
    if (Array.isArray(data)) apply(data);
  }

  /** Non-friends are refused here: the SDK would drop them from the request without a word. */
  function splitFriends(userIDs: string[]): { friends: string[]; failed: TimUserFailure[] } {
    const failed: TimUserFailure[] = [];
    const friends = userIDs.filter((userID) => {
      if (deps.isFriend(userID)) return true;
      failed.push({
        userID,
        code: TimErrorCode.NOT_A_FRIEND,
        message: `${userID} is not your friend`,
      });
      return false;
    });
    return { friends, failed };
  }

  async function run<T>(operation: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw toTimError(error, operation);
    } finally {
      await load().catch(() => undefined);
    }
  }

  function outcome(requested: string[], reply: unknown, failed: TimUserFailure[]): TimBatchResult {
    const failures = (reply as { failureUserIDList?: Array<Record<string, unknown>> } | undefined)
      ?.failureUserIDList;
    for (const f of failures ?? []) {
      failed.push({
        userID: String(f.userID ?? f.to ?? ''),
        code: typeof f.code === 'number' ? f.code : TimErrorCode.UNKNOWN,
        message: typeof f.message === 'string' ? f.message : '',
      });
    }
    const failedIDs = new Set(failed.map((f) => f.userID));
    return { succeeded: requested.filter((id) => !failedIDs.has(id)), failed };
  }

  async function create(name: string, userIDs: readonly string[] = []): Promise<TimBatchResult> {
    const op = 'friendGroups.create';
    ctx.assertAlive(op);
    validateGroupName(name, op);
    const ids = userIDs.length === 0 ? [] : validateUserIDs(userIDs, op, { max: MAX_USERS });
    ctx.requireLogin(op);
    requireNewGroupName(groups.get(), name, op);
    if (groups.get().length >= FRIEND_GROUP_LIMITS.groups) {
      throw new TimError(
        TimErrorCode.FRIEND_GROUP_LIMIT,
        `you already have ${FRIEND_GROUP_LIMITS.groups} friend groups, the most allowed`,
        op,
      );
    }
    const { friends, failed } = splitFriends(ids);
    const reply = await run(op, () => ctx.chat.createFriendGroup({ name, userIDList: friends }));
    return outcome(ids, (reply as SdkResponse<unknown>).data, failed);
  }

  async function remove(names: readonly string[]): Promise<void> {
    const op = 'friendGroups.remove';
    ctx.assertAlive(op);
    if (!Array.isArray(names) || names.length === 0) {
      throw new TimError(TimErrorCode.INVALID_ARGUMENT, 'names must be a non-empty array', op);
    }
    const unique = [...new Set(names.map((n, i) => validateGroupName(n, op, `names[${i}]`)))];
    ctx.requireLogin(op);
    for (const name of unique) requireGroup(groups.get(), name, op);
    await run(op, async () => {
      for (const name of unique) await ctx.chat.deleteFriendGroup({ name });
    });
  }

  async function rename(oldName: string, newName: string): Promise<void> {
    const op = 'friendGroups.rename';
    ctx.assertAlive(op);
    validateGroupName(oldName, op, 'oldName');
    validateGroupName(newName, op, 'newName');
    ctx.requireLogin(op);
    requireGroup(groups.get(), oldName, op);
    requireNewGroupName(groups.get(), newName, op);
    await run(op, () => ctx.chat.renameFriendGroup({ oldName, newName }));
  }

  async function changeMembers(
    op: string,
    name: string,
    userIDs: readonly string[],
    adding: boolean,
  ): Promise<TimBatchResult> {
    ctx.assertAlive(op);
    validateGroupName(name, op);
    const ids = validateUserIDs(userIDs, op, { max: MAX_USERS });
    ctx.requireLogin(op);
    requireGroup(groups.get(), name, op);
    const { friends, failed } = splitFriends(ids);
    if (friends.length === 0) return { succeeded: [], failed };
    const options = { name, userIDList: friends };
    const reply = await run(op, () =>
      adding ? ctx.chat.addToFriendGroup(options) : ctx.chat.removeFromFriendGroup(options),
    );
    return outcome(ids, (reply as SdkResponse<unknown>).data, failed);
  }

  const reload = () => {
    load().catch((error: unknown) => ctx.reportError(toTimError(error, 'friendGroups')));
  };
  const handlers: SdkEventHandlers = {
    [SdkEvent.FRIEND_GROUP_LIST_UPDATED](event) {
      if (Array.isArray(event.data)) apply(event.data as SdkFriendGroup[]);
      else reload();
    },
    [SdkEvent.SDK_READY]: reload,
  };

  return {
    api: {
      $groups: groups.$,
      create,
      remove,
      rename,
      addFriends: (name, userIDs) => changeMembers('friendGroups.addFriends', name, userIDs, true),
      removeFriends: (name, userIDs) =>
        changeMembers('friendGroups.removeFriends', name, userIDs, false),
    },
    handlers,
  };
}
