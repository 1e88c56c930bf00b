// The seed's friend and friend-request operations.
import type { TimAddFriendInput, TimApplicationDirection } from '../friends/types.js';
import { resultRows, toSeedFriend, toSeedPendency } from './convert-friend.js';
import { directionFrom, responseFrom } from './enums.js';
import {
  ParamError,
  num,
  optBool,
  optNum,
  optStr,
  optStrArray,
  str,
  strArray,
  type Params,
} from './params.js';
import type { OpDef } from './runner.js';

export const getFriendList: OpDef =
  () =>
  async ({ core }) => ({
    friends: core.friends.$friends.get().map(toSeedFriend),
  });

export const modifyFriend: OpDef = (params) => {
  const userID = str(params, 'identifier');
  const remark = optStr(params, ['remake', 'remark'], { empty: true });
  const groups = optStrArray(params, ['group', 'groups']);
  if (remark === undefined && groups === undefined) {
    throw new ParamError('remake', 'or group is required');
  }
  return async ({ core }) => {
    await core.friends.update({
      userID,
      ...(remark !== undefined && { remark }),
      ...(groups !== undefined && { groups }),
    });
    return {};
  };
};

/** The seed asks for the "AddSource_Type_" prefix; the core takes the keyword after it. */
function sourceKeyword(params: Params): string | undefined {
  const source = optStr(params, ['addSource', 'addSoure']);
  return source?.replace(/^AddSource_?Type_?/, '');
}

export const addFriend: OpDef = (params) => {
  const userID = str(params, 'identifier');
  const input: TimAddFriendInput = { userID };
  const remark = optStr(params, ['remake', 'remark'], { empty: true });
  if (remark !== undefined) input.remark = remark;
  const wording = optStr(params, ['addWording', 'addWorking', 'wording'], { empty: true });
  if (wording !== undefined) input.wording = wording;
  const source = sourceKeyword(params);
  if (source !== undefined) input.source = source;
  // The seed's example passes friendGroup: '' for "no group".
  const group = optStr(params, ['friendGroup', 'group'], { empty: true });
  if (group) input.group = group;
  return async ({ core }) => {
    const result = await core.friends.add(input);
    return { resultCode: result.code, identifier: result.userID };
  };
};

export const deleteFriends: OpDef = (params) => {
  const userIDs = strArray(params, ['identifiers', 'users']);
  const both = optBool(params, 'delBoth') ?? false;
  return async ({ core }) => {
    const { succeeded, failed } = await core.friends.remove(userIDs, { both });
    return { result: resultRows(succeeded, failed) };
  };
};

export const doResponse: OpDef = (params) => {
  const userID = str(params, 'identifier');
  const remark = optStr(params, ['remark', 'remake'], { empty: true });
  const type = num(params, 'responseType', { oneOf: [0, 1, 2] }) as 0 | 1 | 2;
  return async ({ core }) => {
    await core.friends.respond({
      userID,
      action: responseFrom[type],
      ...(remark !== undefined && { remark }),
    });
    return { resultCode: 0, identifier: userID };
  };
};

function direction(params: Params, fallback: 0 | 1 | 2): TimApplicationDirection | 'both' {
  const type = (optNum(params, ['dencyGetType', 'pendencyGetType'], { oneOf: [0, 1, 2] }) ??
    fallback) as 0 | 1 | 2;
  return directionFrom[type];
}

/**
 * Requests, newest first. The web keeps the whole list locally, so `timestamp` is the position to
 * continue from (0 first; the answer's `timestamp` is 0 on the last page) and `seq` is echoed.
 */
export const getPendencyList: OpDef = (params) => {
  const seq = optNum(params, 'seq', { integer: true, min: 0 }) ?? 0;
  const cursor = optNum(params, 'timestamp', { integer: true, min: 0 }) ?? 0;
  const pageSize = optNum(params, 'numPerPage', { integer: true, min: 1, max: 100 }) ?? 20;
  const which = direction(params, 2);
  return async ({ core }) => {
    const page = core.friends.applicationPage({ direction: which, cursor, pageSize });
    return {
      seq,
      timestamp: page.nextCursor ?? 0,
      unReadCount: page.unreadCount,
      pendencyList: page.applications.map(toSeedPendency),
    };
  };
};

export const deletePendency: OpDef = (params) => {
  const userIDs = strArray(params, ['users', 'identifiers']);
  const which = direction(params, 1);
  return async ({ core }) => {
    const directions: TimApplicationDirection[] =
      which === 'both' ? ['incoming', 'outgoing'] : [which];
    const done = new Set<string>();
    const failures = new Map<string, number>();
    for (const dir of directions) {
      const mine = core.friends.$applications
        .get()
        .filter((a) => a.direction === dir && userIDs.includes(a.userID))
        .map((a) => a.userID);
      if (mine.length === 0) continue;
      const { succeeded, failed } = await core.friends.deleteApplications(mine, { direction: dir });
      for (const id of succeeded) done.add(id);
      for (const f of failed) failures.set(f.userID, f.code);
    }
    const missing = userIDs.filter((id) => !done.has(id) && !failures.has(id));
    // A user with no request in that direction: the SDK's "no such request" code.
    for (const id of missing) failures.set(id, 2716);
    return {
      result: resultRows(
        [...done],
        [...failures].filter(([id]) => !done.has(id)).map(([userID, code]) => ({ userID, code })),
      ),
    };
  };
};

/** Marks every request read (the web SDK reports reads as a whole, not up to a time). */
export const pendencyReport: OpDef = (params) => {
  optNum(params, 'timestamp', { min: 0 });
  return async ({ core }) => {
    await core.friends.markApplicationsRead();
    return {};
  };
};
