// The seed's blacklist and friend-group operations.
import type { TimBatchResult } from '../friends/types.js';
import { emptyProfile, resultRows, toSeedFriend } from './convert-friend.js';
import { optStrArray, str, strArray } from './params.js';
import type { OpDef } from './runner.js';

export const addBlackList: OpDef = (params) => {
  const users = strArray(params, ['users', 'identifiers']);
  return async ({ core }) => {
    await core.blacklist.add(users);
    return { result: resultRows(users, []) };
  };
};

export const deleteBlackList: OpDef = (params) => {
  const users = strArray(params, ['users', 'identifiers']);
  return async ({ core }) => {
    await core.blacklist.remove(users);
    return { result: resultRows(users, []) };
  };
};

/** Blocked users in the friend shape; blocking ends a friendship, so remark and groups are empty. */
export const getBlackList: OpDef =
  () =>
  async ({ core }) => {
    const ids = [...core.blacklist.$blacklist.get()];
    const profiles = ids.length > 0 ? await core.profile.getProfiles(ids) : [];
    const byID = new Map(profiles.map((p) => [p.userID, p]));
    return {
      blacks: ids.map((userID) =>
        toSeedFriend({
          userID,
          remark: '',
          name: userID,
          groups: [],
          source: '',
          wording: '',
          profile: byID.get(userID) ?? emptyProfile(userID),
        }),
      ),
    };
  };

function merge(results: TimBatchResult[]): ReturnType<typeof resultRows> {
  const failed = results.flatMap((r) => r.failed);
  const failedIDs = new Set(failed.map((f) => f.userID));
  const succeeded = [...new Set(results.flatMap((r) => r.succeeded))].filter(
    (id) => !failedIDs.has(id),
  );
  return resultRows(succeeded, failed);
}

export const createFriendGroup: OpDef = (params) => {
  const names = strArray(params, ['groupNames', 'groupName']);
  const userIDs = optStrArray(params, ['identifiers', 'users']) ?? [];
  return async ({ core }) => {
    const results: TimBatchResult[] = [];
    for (const name of names) results.push(await core.friendGroups.create(name, userIDs));
    return { result: merge(results) };
  };
};

export const deleteFriendGroup: OpDef = (params) => {
  const names = strArray(params, 'groupNames');
  return async ({ core }) => {
    await core.friendGroups.remove(names);
    return {};
  };
};

export const addFriendsToFriendGroup: OpDef = (params) => {
  const userIDs = strArray(params, ['identifiers', 'users']);
  const name = str(params, 'groupName');
  return async ({ core }) => ({
    result: merge([await core.friendGroups.addFriends(name, userIDs)]),
  });
};

export const deleteFriendsFromFriendGroup: OpDef = (params) => {
  const userIDs = strArray(params, ['identifiers', 'users']);
  const name = str(params, 'groupName');
  return async ({ core }) => ({
    result: merge([await core.friendGroups.removeFriends(name, userIDs)]),
  });
};

export const renameFriendGroup: OpDef = (params) => {
  const oldName = str(params, 'oldName');
  const newName = str(params, 'newName');
  return async ({ core }) => {
    await core.friendGroups.rename(oldName, newName);
    return {};
  };
};

/** All groups, or those named in `groupNames`. */
export const getFriendGroups: OpDef = (params) => {
  const names = optStrArray(params, 'groupNames');
  return async ({ core }) => {
    const all = core.friendGroups.$groups.get();
    const chosen = names && names.length > 0 ? all.filter((g) => names.includes(g.name)) : all;
    return {
      groups: chosen.map((g) => ({
        groupName: g.name,
        userCount: g.userIDs.length,
        friends: [...g.userIDs],
      })),
    };
  };
};
