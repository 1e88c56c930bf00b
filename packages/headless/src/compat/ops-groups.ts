// The seed's group operations (part 1): create, membership, lists and profiles, and the group
// event listener. Member administration and join requests are in ops-group-admin.ts.
import type { CreateGroupOptions, TimGroupTypeInput } from '../groups/types.js';
import { toSeedMessage } from './convert-message.js';
import { toSeedGroupInfo, toSeedGroupSummary, toSeedMemberRow } from './convert-group.js';
import { groupTipsTypeOf, joinOptionFrom } from './enums.js';
import {
  ParamError,
  optNum,
  optObject,
  optStr,
  optStrArray,
  str,
  strArray,
  type Params,
} from './params.js';
import type { ListenerDef, OpDef, OpEnv } from './runner.js';

const GROUP_TYPES = [
  'Private',
  'Public',
  'ChatRoom',
  'AVChatRoom',
  'BChatRoom',
  'Work',
  'Meeting',
  'Community',
];

/** membersInfos (iOS: [{ userID: role }]): plain members (role 0) only; roles are set afterwards. */
function membersFromInfos(params: Params): string[] {
  const raw = params.membersInfos;
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw new ParamError('membersInfos', 'must be an array');
  return raw.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) {
      throw new ParamError('membersInfos', "must hold objects like { 'userID': 0 }");
    }
    return Object.entries(entry).map(([userID, role]) => {
      if (role !== 0 && role !== '0') {
        throw new ParamError(
          'membersInfos',
          'roles other than 0 are not supported; use modifyMemberRoleType',
        );
      }
      return userID;
    });
  });
}

export const createGroup: OpDef = (params) => {
  const type = str(params, 'groupType');
  if (!GROUP_TYPES.includes(type))
    throw new ParamError('groupType', `must be one of ${GROUP_TYPES.slice(0, 5).join(', ')}`);
  const options: CreateGroupOptions = {
    type: type as TimGroupTypeInput,
    name: str(params, 'groupName'),
  };
  const groupID = optStr(params, ['groupId', 'groupID']);
  if (groupID !== undefined) options.groupID = groupID;
  const members = [...(optStrArray(params, 'members') ?? []), ...membersFromInfos(params)];
  if (members.length > 0) options.members = [...new Set(members)];
  const notification = optStr(params, 'notification', { empty: true });
  if (notification !== undefined) options.notification = notification;
  const introduction = optStr(params, 'introduction', { empty: true });
  if (introduction !== undefined) options.introduction = introduction;
  const avatar = optStr(params, 'faceUrl', { empty: true });
  if (avatar !== undefined) options.avatar = avatar;
  const max = optNum(params, 'maxMemberNum', { integer: true, min: 1 });
  if (max !== undefined) options.maxMemberCount = max;
  const addOpt = (optNum(params, 'groupAddOpt', { oneOf: [0, 1, 2] }) ?? 2) as 0 | 1 | 2;
  options.joinOption = joinOptionFrom[addOpt];
  const custom = optObject(params, 'customInfo');
  if (custom && Object.keys(custom).length > 0) {
    throw new ParamError(
      'customInfo',
      'is not supported: group custom fields are not available on the web',
    );
  }
  return async ({ core }) => ({ groupId: (await core.groups.createGroup(options)).groupID });
};

export const inviteGroupMember: OpDef = (params) => {
  const groupID = str(params, 'groupId');
  const members = strArray(params, 'members');
  return async ({ core }) => {
    const { added, existing, failed } = await core.groups.invite(groupID, members);
    const resultOf = (id: string) =>
      added.includes(id) ? 1 : existing.includes(id) ? 2 : failed.includes(id) ? 0 : 0;
    return { results: members.map((member) => ({ member, result: resultOf(member) })) };
  };
};

export const applyJoinGroup: OpDef = (params) => {
  const groupID = str(params, 'groupId');
  const reason = optStr(params, 'reason', { empty: true }) ?? '';
  return async ({ core }) => {
    await core.groups.apply(groupID, reason);
    return {};
  };
};

export const quitGroup: OpDef = (params) => {
  const groupID = str(params, 'groupId');
  return async ({ core }) => {
    await core.groups.quit(groupID);
    return {};
  };
};

export const deleteGroupMember: OpDef = (params) => {
  const groupID = str(params, 'groupId');
  const members = strArray(params, 'members');
  const reason = optStr(params, 'reason', { empty: true });
  return async ({ core }) => {
    await core.groups.kick(groupID, members, reason);
    return { results: members.map((member) => ({ member, result: 1 })) };
  };
};

export const getGroupMembers: OpDef = (params) => {
  const groupID = str(params, 'groupId');
  return async ({ core }) => {
    const handle = core.groups.group(groupID);
    if (handle.$members.get().length > 0) await handle.refresh();
    else await handle.loadMembers();
    while (!handle.$isMembersComplete.get()) await handle.loadMembers();
    return { members: handle.$members.get().map(toSeedMemberRow) };
  };
};

export const getGroupList: OpDef =
  () =>
  async ({ core }) => {
    await core.groups.refresh();
    return { groups: core.groups.$groups.get().map(toSeedGroupSummary) };
  };

export const deleteGroup: OpDef = (params) => {
  const groupID = str(params, 'groupId');
  return async ({ core }) => {
    await core.groups.dismiss(groupID);
    return {};
  };
};

export const modifyGroupOwner: OpDef = (params) => {
  const groupID = str(params, 'groupId');
  const owner = str(params, 'identifier');
  return async ({ core }) => {
    await core.groups.transferOwner(groupID, owner);
    return {};
  };
};

/** The group conversation's newest message (loading one page if none is loaded), or null. */
async function lastMessage(env: OpEnv, groupID: string): Promise<Record<string, unknown> | null> {
  const conversationID = `GROUP${groupID}`;
  const row = env.core.conversations.$conversations
    .get()
    .find((c) => c.conversationID === conversationID);
  if (!row?.lastMessage) return null;
  const thread = env.core.messages.thread(conversationID);
  if (thread.$messages.get().length === 0 && !thread.$isComplete.get()) await thread.loadOlder();
  const last = thread.$messages.get().at(-1);
  return last ? { ...toSeedMessage(env.core, last) } : null;
}

function lastMsgTime(env: OpEnv, groupID: string): number {
  const row = env.core.conversations.$conversations
    .get()
    .find((c) => c.conversationID === `GROUP${groupID}`);
  return Math.floor((row?.lastMessage?.time ?? 0) / 1000);
}

/**
 * Members online now (the SDK's getGroupOnlineMemberCount, cached by the SDK for 60 s). The server
 * only counts for members: for a group the user is not in (getGroupPublicInfo), it stays 0.
 */
async function onlineMemberNum(env: OpEnv, groupID: string): Promise<number> {
  const isMember = env.core.groups.$groups.get().some((g) => g.groupID === groupID);
  if (!isMember) return 0;
  return env.core.groups.getOnlineMemberCount(groupID);
}

/** Full profiles of groups the user is in. */
export const getGroupDetailInfo: OpDef = (params) => {
  const groupIDs = strArray(params, ['groupIds', 'groupIDs']);
  return async (env) => {
    const groupInfos = [];
    for (const groupID of groupIDs) {
      const group = await env.core.groups.getProfile(groupID);
      const info = toSeedGroupInfo(group, {
        lastMsgTime: lastMsgTime(env, groupID),
        onlineMemberNum: await onlineMemberNum(env, groupID),
      });
      groupInfos.push({ ...info, lastMsg: await lastMessage(env, groupID) });
    }
    return { groupInfos };
  };
};

/** Public profiles of any groups (for non-members). */
export const getGroupPublicInfo: OpDef = (params) => {
  const groupIDs = strArray(params, ['groupIds', 'groupIDs']);
  return async (env) => {
    const groupInfos = [];
    for (const groupID of groupIDs) {
      const group = await env.core.groups.findGroup(groupID);
      groupInfos.push(
        toSeedGroupInfo(group, {
          lastMsgTime: lastMsgTime(env, groupID),
          onlineMemberNum: await onlineMemberNum(env, groupID),
        }),
      );
    }
    return { groupInfos };
  };
};

/** Tips 1-7 as every member sees them, plus 8 created and 9 dismissed (Android). */
export const setGroupEventListener: ListenerDef = () => (env, emit) =>
  env.core.groups.onEvent((event) => {
    const tipsType = groupTipsTypeOf[event.kind];
    if (tipsType === undefined) return;
    if (tipsType <= 7 && event.source !== 'tip') return;
    emit({
      tipsType,
      opUser: event.operatorID,
      groupName: event.groupName,
      groupId: event.groupID,
      userList: [...event.userIDs],
    });
  });
