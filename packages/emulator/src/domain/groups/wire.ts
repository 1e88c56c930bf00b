// The PascalCase shapes the SDK reads for groups, members and group messages
// (seen accepted: wire-protocol.md and data/sdk-3.6.6/frames-e2e.jsonl).
import type { App } from '../../app.js';
import type { GroupRow } from '../../store/groups/groups.js';
import type { MemberRow } from '../../store/groups/members.js';
import type { StoredGroupMessage } from '../../store/groups/group-messages.js';
import type { StoredGroupTip } from '../../store/groups/group-tips.js';

export function groupInfoWire(app: App, g: GroupRow): Record<string, unknown> {
  return {
    GroupId: g.groupID,
    ErrorCode: 0,
    ErrorInfo: '',
    Type: g.type,
    Name: g.name,
    Introduction: g.introduction,
    Notification: g.notification,
    FaceUrl: g.faceUrl,
    Owner_Account: g.ownerID,
    CreateTime: g.createdAt,
    InfoSeq: g.infoSeq,
    LastInfoTime: g.infoTime,
    LastMsgTime: g.lastMsgTime,
    NextMsgSeq: g.lastSeq + 1,
    MemberNum: app.groups.members.count(g.groupID),
    MaxMemberNum: g.maxMembers,
    ApplyJoinOption: g.joinOption,
    ShutUpAllMember: g.muteAll ? 'On' : 'Off',
    AppDefinedData: g.custom,
  };
}

export function selfInfoWire(m: MemberRow): Record<string, unknown> {
  return {
    Role: m.role,
    JoinTime: m.joinTime,
    MsgFlag: m.msgFlag,
    MsgSeq: m.readSeq,
    NameCard: m.nameCard,
    ShutUpUntil: m.muteUntil,
  };
}

export function memberWire(m: MemberRow): Record<string, unknown> {
  return {
    Member_Account: m.userID,
    Role: m.role,
    JoinTime: m.joinTime,
    NameCard: m.nameCard,
    MsgFlag: m.msgFlag,
    MsgSeq: m.readSeq,
    LastSendMsgTime: 0,
    ShutUpUntil: m.muteUntil,
    AppMemberDefinedData: [],
  };
}

/** GroupInfo inside a pushed message: lets the SDK place a group it has not seen yet. */
export function groupBriefWire(g: Pick<GroupRow, 'groupID' | 'type' | 'name'>, from: string) {
  return {
    GroupId: g.groupID,
    From_Account: from,
    GroupType: g.type,
    GroupName: g.name,
    Type: g.type,
    Name: g.name,
  };
}

export function groupMessageWire(
  g: Pick<GroupRow, 'groupID' | 'type' | 'name'>,
  m: StoredGroupMessage,
  nameCard = '',
  senderTinyId?: string,
): Record<string, unknown> {
  return {
    // With TinyId and MsgClientTime every instance derives the sender's own
    // message ID (TinyId-MsgClientTime-MsgRandom): group receipts name it.
    ...(senderTinyId ? { TinyId: senderTinyId, MsgClientTime: m.clientTime } : {}),
    ...(m.needReceipt ? { NeedReadReceipt: 1 } : {}),
    From_Account: m.from,
    GroupId: m.groupID,
    ToGroupId: m.groupID,
    MsgSeq: m.seq,
    MsgRandom: m.random,
    Random: m.random,
    MsgTime: m.msgTime,
    MsgTimeStamp: m.msgTime,
    MsgBody: m.body,
    CloudCustomData: m.cloudCustomData,
    ClientSeq: m.clientSeq,
    MsgPriority: m.priority,
    IsSystemMsg: 0,
    // 2 marks a recalled message in history (the SDK sets isRevoked from it).
    IsPlaceMsg: m.revoked ? 2 : 0,
    GroupInfo: groupBriefWire(g, m.from),
    MsgFrom_AccountExtraInfo: { Nick: m.nick, FaceUrl: m.avatar },
    MsgGroupFromCardName: nameCard,
    MsgGroupFromNickName: m.nick,
  };
}

/**
 * A group tip as a GroupTips item: pushed under Event 4, and in group_msg_get's
 * RspMsgList with Event: 4, which the SDK reads as a TIMGroupTipElem message
 * (its onRoamingMessage branches on `event === 4`).
 */
export function groupTipWire(
  g: Pick<GroupRow, 'groupID' | 'type' | 'name'>,
  tip: StoredGroupTip,
): Record<string, unknown> {
  return {
    From_Account: tip.operator,
    GroupId: g.groupID,
    ToGroupId: g.groupID,
    MsgSeq: tip.seq,
    MsgRandom: tip.random,
    MsgTime: tip.msgTime,
    MsgTimeStamp: tip.msgTime,
    GroupInfo: groupBriefWire(g, tip.operator),
    MsgBody: tip.body,
  };
}
