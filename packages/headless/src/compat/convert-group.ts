// Groups, members, join requests and group events in the seed's shapes.
import type { TimGroup, TimGroupApplication, TimGroupMember } from '../groups/types.js';
import { GroupPendencyType, groupTypeOf, receiveOptionOf, roleOf } from './enums.js';

const seconds = (ms: number) => Math.floor(ms / 1000);

export function toSeedGroupSummary(group: TimGroup): Record<string, unknown> {
  return {
    groupId: group.groupID,
    groupName: group.name,
    groupType: groupTypeOf[group.type],
    faceUrl: group.avatar,
    isSilenceAll: group.isMutedAll,
  };
}

/** getGroupPublicInfo's fields; getGroupDetailInfo adds `lastMsg` (Android). */
export function toSeedGroupInfo(
  group: TimGroup,
  extra: { lastMsgTime: number; onlineMemberNum: number },
): Record<string, unknown> {
  return {
    groupId: group.groupID,
    groupName: group.name,
    groupOwner: group.ownerID,
    createTime: seconds(group.createTime),
    lastInfoTime: seconds(group.lastInfoTime),
    lastMsgTime: extra.lastMsgTime,
    memberNum: group.memberCount,
    maxMemberNum: group.maxMemberCount,
    groupIntroduction: group.introduction,
    groupNotification: group.notification,
    faceUrl: group.avatar,
    groupType: groupTypeOf[group.type],
    onlineMemberNum: extra.onlineMemberNum,
    isSilenceAll: group.isMutedAll,
  };
}

export function toSeedMemberRow(member: TimGroupMember): Record<string, unknown> {
  return { member: member.userID, joinTime: seconds(member.joinTime), role: roleOf[member.role] };
}

/**
 * getSelfInfoInGroup / getGroupMembersInfo rows (the seed spells the role `rule`). Android's
 * silenceSeconds is the time left muted; megFlag the receive option (1 discard, 2 silent,
 * 3 notify); msgSeq the sequence of the last message the member read (the server's MsgSeq).
 * tinyId stays 0: the web SDK keeps no member tinyID (the server sends none with members).
 */
export function toSeedMemberInfo(
  member: TimGroupMember,
  options: { receiveOption?: TimGroup['receiveOption']; now?: number } = {},
): Record<string, unknown> {
  const now = options.now ?? Date.now();
  return {
    joinTime: seconds(member.joinTime),
    megFlag: options.receiveOption ? receiveOptionOf[options.receiveOption] : 0,
    msgSeq: member.readSequence,
    nameCard: member.nameCard,
    rule: roleOf[member.role],
    silenceSeconds: member.muteUntil > now ? Math.ceil((member.muteUntil - now) / 1000) : 0,
    tinyId: 0,
    user: member.userID,
  };
}

/** A join request the user may handle: untouched (handledStatus 0), type 0 (an application). */
export function toSeedGroupPendency(
  application: TimGroupApplication,
  selfID: string,
): Record<string, unknown> {
  return {
    groupId: application.groupID,
    fromUser: application.applicantID,
    toUser: selfID,
    addTime: seconds(application.time),
    pendencyType: GroupPendencyType.APPLY,
    handledStatus: 0,
    operationType: 0,
    requestMsg: application.reason,
    requestUserData: '',
    handledMsg: '',
    handledUserData: '',
  };
}
