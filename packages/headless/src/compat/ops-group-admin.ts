// The seed's group operations (part 2): own and members' info, profile changes, member roles,
// mutes and name cards, the receive option, and join requests (pendencies).
import type { GroupProfilePatch, TimGroupApplication } from '../groups/types.js';
import { toSeedGroupPendency, toSeedMemberInfo } from './convert-group.js';
import { joinOptionFrom, receiveOptionFrom } from './enums.js';
import { ParamError, num, optBool, optNum, optStr, str, strArray, type Params } from './params.js';
import type { OpDef } from './runner.js';

export const getSelfInfoInGroup: OpDef = (params) => {
  const groupID = str(params, 'groupId');
  return async ({ core }) => {
    const member = await core.groups.getSelfMember(groupID);
    // The joined list carries the receive option; only a group missing from it costs a request.
    const listed = core.groups.$groups.get().find((g) => g.groupID === groupID);
    const group = listed ?? (await core.groups.getProfile(groupID));
    return { info: toSeedMemberInfo(member, { receiveOption: group.receiveOption }) };
  };
};

export const getGroupMembersInfo: OpDef = (params) => {
  const groupID = str(params, 'groupId');
  const userIDs = strArray(params, ['identifiers', 'members']);
  return async ({ core }) => ({
    infos: (await core.groups.getMembers(groupID, userIDs)).map((m) => toSeedMemberInfo(m)),
  });
};

function profilePatch(params: Params): GroupProfilePatch {
  const patch: GroupProfilePatch = {};
  const name = optStr(params, 'groupName');
  if (name !== undefined) patch.name = name;
  const notification = optStr(params, 'notification', { empty: true });
  if (notification !== undefined) patch.notification = notification;
  const introduction = optStr(params, 'introduction', { empty: true });
  if (introduction !== undefined) patch.introduction = introduction;
  const avatar = optStr(params, 'faceUrl', { empty: true });
  if (avatar !== undefined) patch.avatar = avatar;
  const addOpt = optNum(params, 'groupAddOpt', { oneOf: [0, 1, 2] });
  if (addOpt !== undefined) patch.joinOption = joinOptionFrom[addOpt as 0 | 1 | 2];
  const silenceAll = optBool(params, 'silenceAll');
  if (silenceAll !== undefined) patch.muteAll = silenceAll;
  if (optNum(params, 'maxMemberNum') !== undefined) {
    throw new ParamError('maxMemberNum', 'cannot be changed after creation on the web');
  }
  if (optBool(params, ['visable', 'visible']) === true) {
    throw new ParamError(
      'visable',
      'is not supported on the web (members are never shown to non-members)',
    );
  }
  if (Object.keys(patch).length === 0) throw new ParamError('params', 'change nothing');
  return patch;
}

export const modifyGroupInfo: OpDef = (params) => {
  const groupID = str(params, 'groupId');
  const patch = profilePatch(params);
  return async ({ core }) => {
    await core.groups.updateProfile(groupID, patch);
    return {};
  };
};

export const modifyMemberRoleType: OpDef = (params) => {
  const groupID = str(params, 'groupId');
  const userID = str(params, 'identifier');
  const role = optNum(params, 'roleType', { oneOf: [200, 300] }) ?? 200;
  return async ({ core }) => {
    await core.groups.setMemberRole(groupID, userID, role === 300 ? 'admin' : 'member');
    return {};
  };
};

export const modifyMemberSilence: OpDef = (params) => {
  const groupID = str(params, 'groupId');
  const userID = str(params, 'identifier');
  const seconds = num(params, 'silenceTime', { integer: true, min: 0 });
  return async ({ core }) => {
    await core.groups.muteMember(groupID, userID, seconds);
    return {};
  };
};

export const modifyMemberNameCard: OpDef = (params) => {
  const groupID = str(params, 'groupId');
  const userID = str(params, 'identifier');
  const nameCard = str(params, 'nameCard', { empty: true });
  return async ({ core }) => {
    await core.groups.setNameCard(groupID, nameCard, userID);
    return {};
  };
};

/** reciveOpt (Android): 1 do not receive, 2 receive without notifying (default), 3 notify. */
export const setReceiveMessageOpt: OpDef = (params) => {
  const groupID = str(params, 'groupId');
  // Android's param; the option always applies to the logged-in user.
  optStr(params, 'identifier');
  const opt = optNum(params, ['reciveOpt', 'receiveOpt'], { oneOf: [1, 2, 3] }) ?? 2;
  return async ({ core }) => {
    await core.groups.setReceiveOption(groupID, receiveOptionFrom[opt] ?? 'silent');
    return {};
  };
};

const seconds = (ms: number) => Math.floor(ms / 1000);

/** Join requests the user may handle, newest first, `numPerPage` older than `timestamp` (0: newest). */
export const getGroupPendencyList: OpDef = (params) => {
  const before = optNum(params, 'timestamp', { integer: true, min: 0 }) ?? 0;
  const perPage = optNum(params, 'numPerPage', { integer: true, min: 1, max: 100 }) ?? 20;
  return async ({ core, state }) => {
    await core.groups.loadApplications();
    const { list, unreadCount } = core.groups.$applications.get();
    const sorted = [...list].sort((a, b) => b.time - a.time);
    const older = sorted.filter((a) => before === 0 || seconds(a.time) < before);
    const page = older.slice(0, perPage);
    const last = page.at(-1);
    return {
      nxtStartTimestamp: older.length > perPage && last ? seconds(last.time) : 0,
      rportedTimestamp: state.groupPendencyReportedAt,
      uReadCount: unreadCount,
      pendencys: page.map((a) => toSeedGroupPendency(a, core.auth.$user.get()?.userID ?? '')),
    };
  };
};

/** Marks every listed request read (the web SDK has no server-side read report). */
export const reportGroupPendency: OpDef = (params) => {
  const timestamp = num(params, 'timestamp', { min: 0 });
  return async ({ core, state }) => {
    core.groups.markApplicationsRead();
    state.groupPendencyReportedAt = timestamp;
    return {};
  };
};

interface PendencyChoice {
  id: string;
  groupID: string;
  users: string[];
  addTime?: number;
  accept: boolean;
  note: string;
}

function choices(params: Params): PendencyChoice[] {
  const raw = params.doPendency;
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new ParamError('doPendency', 'must be a non-empty array');
  }
  return raw.map((entry: unknown, i) => {
    if (typeof entry !== 'object' || entry === null)
      throw new ParamError('doPendency', 'must hold objects');
    const item = entry as Params;
    const users = [optStr(item, 'fromUser'), optStr(item, 'toUser')].filter(
      (u): u is string => !!u,
    );
    if (users.length === 0) throw new ParamError(`doPendency[${i}].toUser`, 'is required');
    const accept = optBool(item, 'accept');
    if (accept === undefined) throw new ParamError(`doPendency[${i}].accept`, 'is required');
    const addTime = optNum(item, ['addTimer', 'addTime'], { min: 0 });
    return {
      id: optStr(item, 'id', { empty: true }) ?? String(i),
      groupID: str(item, 'groupId'),
      users,
      ...(addTime !== undefined && { addTime }),
      accept,
      note: optStr(item, 'handledMsg', { empty: true }) ?? '',
    };
  });
}

/** Accepts or refuses join requests; `succeedIds` lists the `id`s handled. */
export const doGroupPendency: OpDef = (params) => {
  optNum(params, 'timestamp', { min: 0 });
  optNum(params, 'numPerPage', { integer: true, min: 1 });
  const list = choices(params);
  return async ({ core }) => {
    await core.groups.loadApplications();
    const pending = core.groups.$applications.get().list;
    const find = (c: PendencyChoice): TimGroupApplication | undefined =>
      pending.find(
        (a) =>
          a.groupID === c.groupID &&
          c.users.includes(a.applicantID) &&
          (c.addTime === undefined || seconds(a.time) === c.addTime),
      );
    const succeedIds: string[] = [];
    let firstError: unknown;
    for (const choice of list) {
      try {
        const application = find(choice);
        if (!application)
          throw new ParamError('doPendency', `has no pending request matching ${choice.id}`);
        await core.groups.handleApplication(
          application,
          choice.accept ? 'accept' : 'refuse',
          choice.note,
        );
        succeedIds.push(choice.id);
      } catch (error) {
        firstError ??= error;
      }
    }
    if (succeedIds.length === 0 && firstError) throw firstError;
    return { succeedIds };
  };
};
