// The friend list and the actions on friends. The SDK keeps the list (fetched at login, then
// followed through server pushes); the store is re-read from it whenever the SDK says friends,
// their profiles or their friend groups changed.
import { TimError, TimErrorCode, invalidArgument, toTimError } from '../errors.js';
import type { TimFriendGroups } from '../friend-groups/types.js';
import { requireGroup, validateGroupName } from '../friend-groups/validate-group.js';
import type { CoreContext } from '../internal/context.js';
import { createLoadState } from '../internal/load-state.js';
import { validateUserID, validateUserIDs } from '../internal/user-ids.js';
import type { TimProfile } from '../profile/types.js';
import type { SdkEventHandlers } from '../sdk/events.js';
import { SnsType, sdkOptions, type SdkFriend } from '../sdk/relationship.js';
import { SdkEvent, type SdkResponse } from '../sdk/types.js';
import { addFriend } from './add-friend.js';
import { createApplications } from './applications.js';
import { compareFriends, sameFriend, toRelation, toTimFriend } from './map-friend.js';
import type {
  TimBatchResult,
  TimFriend,
  TimFriendCheck,
  TimFriends,
  TimFriendUpdate,
} from './types.js';
import { FRIEND_LIMITS, validateBytes } from './validate-friend.js';

export interface FriendsDeps {
  rememberProfiles(profiles: readonly TimProfile[]): void;
  friendGroups: TimFriendGroups;
}

interface SdkUserResults {
  successUserIDList?: Array<{ userID: string; relation?: string }>;
  failureUserIDList?: Array<{ userID: string; code?: number; message?: string }>;
}

export function createFriends(
  ctx: CoreContext,
  deps: FriendsDeps,
): {
  api: TimFriends;
  handlers: SdkEventHandlers;
  applicationHandlers: SdkEventHandlers;
  isFriend(userID: string): boolean;
} {
  const friends = ctx.store<readonly TimFriend[]>([]);
  let byID = new Map<string, TimFriend>();
  const applications = createApplications(ctx);
  const loadState = createLoadState(ctx);
  ctx.onSessionReset(() => {
    byID = new Map();
    friends.set([]);
  });

  function apply(list: readonly SdkFriend[]): void {
    const next = new Map<string, TimFriend>();
    for (const sdkFriend of list) {
      const mapped = toTimFriend(sdkFriend);
      const previous = byID.get(mapped.userID);
      next.set(mapped.userID, previous && sameFriend(previous, mapped) ? previous : mapped);
    }
    const changed = next.size !== byID.size || [...next].some(([id, f]) => byID.get(id) !== f);
    byID = next;
    deps.rememberProfiles([...next.values()].map((f) => f.profile));
    if (changed) friends.set([...next.values()].sort(compareFriends));
    loadState.loaded();
  }

  async function load(): Promise<void> {
    // The SDK announces its lists while it syncs, before it is ready to be asked; SDK_READY reloads.
    if (!ctx.chat.isReady()) return;
    const { data } = (await ctx.chat.getFriendList()) as SdkResponse<SdkFriend[]>;
    if (Array.isArray(data)) apply(data);
  }
  const reload = () => {
    load().catch((error: unknown) => {
      loadState.failed();
      ctx.reportError(toTimError(error, 'friends'));
    });
  };

  function requireFriend(userID: string, op: string): TimFriend {
    const friend = byID.get(userID);
    if (!friend) throw new TimError(TimErrorCode.NOT_A_FRIEND, `${userID} is not your friend`, op);
    return friend;
  }

  async function update(input: TimFriendUpdate): Promise<TimFriend> {
    const op = 'friends.update';
    ctx.assertAlive(op);
    if (typeof input !== 'object' || input === null)
      throw invalidArgument(op, 'input must be an object');
    const userID = validateUserID(input.userID, op);
    if (input.remark !== undefined) {
      validateBytes(input.remark, 'remark', FRIEND_LIMITS.remarkBytes, op);
    }
    let wanted: string[] | undefined;
    if (input.groups !== undefined) {
      if (!Array.isArray(input.groups))
        throw invalidArgument(op, 'groups must be an array of names');
      wanted = [...new Set(input.groups.map((g, i) => validateGroupName(g, op, `groups[${i}]`)))];
    }
    if (input.remark === undefined && wanted === undefined) {
      throw invalidArgument(op, 'give a remark or groups to change');
    }
    ctx.requireLogin(op);
    const friend = requireFriend(userID, op);
    const groups = deps.friendGroups.$groups.get();
    for (const name of wanted ?? []) requireGroup(groups, name, op);

    if (input.remark !== undefined && input.remark !== friend.remark) {
      try {
        await ctx.chat.updateFriend({ userID, remark: input.remark });
      } catch (error) {
        throw toTimError(error, op);
      }
    }
    if (wanted) {
      const current = new Set(friend.groups);
      for (const name of wanted.filter((g) => !current.has(g))) {
        await deps.friendGroups.addFriends(name, [userID]);
      }
      for (const name of friend.groups.filter((g) => !wanted.includes(g))) {
        await deps.friendGroups.removeFriends(name, [userID]);
      }
    }
    await load().catch(() => undefined);
    return byID.get(userID) ?? friend;
  }

  async function remove(
    userIDs: readonly string[],
    options: { both?: boolean } = {},
  ): Promise<TimBatchResult> {
    const op = 'friends.remove';
    ctx.assertAlive(op);
    const ids = validateUserIDs(userIDs, op, { max: FRIEND_LIMITS.usersPerCall });
    if (options?.both !== undefined && typeof options.both !== 'boolean') {
      throw invalidArgument(op, 'both must be a boolean');
    }
    ctx.requireLogin(op);
    for (const id of ids) requireFriend(id, op);
    const type = options?.both ? SnsType.DELETE_TYPE_BOTH : SnsType.DELETE_TYPE_SINGLE;
    try {
      const { data } = (await ctx.chat.deleteFriend(
        sdkOptions({ userIDList: ids, type }),
      )) as SdkResponse<SdkUserResults>;
      return {
        succeeded: (data?.successUserIDList ?? []).map((s) => s.userID),
        failed: (data?.failureUserIDList ?? []).map((f) => ({
          userID: f.userID,
          code: f.code ?? TimErrorCode.UNKNOWN,
          message: f.message ?? '',
        })),
      };
    } catch (error) {
      throw toTimError(error, op);
    } finally {
      await load().catch(() => undefined);
    }
  }

  async function check(userIDs: readonly string[]): Promise<TimFriendCheck[]> {
    const op = 'friends.check';
    ctx.assertAlive(op);
    const ids = validateUserIDs(userIDs, op, { max: FRIEND_LIMITS.usersPerCall });
    ctx.requireLogin(op);
    try {
      const { data } = (await ctx.chat.checkFriend(
        sdkOptions({ userIDList: ids, type: SnsType.CHECK_TYPE_BOTH }),
      )) as SdkResponse<SdkUserResults>;
      const relations = new Map(
        (data?.successUserIDList ?? []).map((s) => [s.userID, toRelation(s.relation)]),
      );
      return ids.flatMap((userID) => {
        const relation = relations.get(userID);
        return relation ? [{ userID, relation }] : [];
      });
    } catch (error) {
      throw toTimError(error, op);
    }
  }

  const handlers: SdkEventHandlers = {
    [SdkEvent.FRIEND_LIST_UPDATED]: reload,
    // Friend-group changes move friends between groups without a FRIEND_LIST_UPDATED.
    [SdkEvent.FRIEND_GROUP_LIST_UPDATED]: reload,
    [SdkEvent.SDK_READY]: reload,
  };
  return {
    api: {
      $friends: friends.$,
      $loadState: loadState.$,
      ...applications.api,
      add: (input) => addFriend(ctx, () => deps.friendGroups.$groups.get(), input),
      update,
      remove,
      check,
    },
    handlers,
    applicationHandlers: applications.handlers,
    isFriend: (userID) => byID.has(userID),
  };
}
