// Pushes a client must get without polling: group tips (Event 4, shown in the
// group's conversation) and group system notices (Event 5, the @TIM#SYSTEM
// conversation). The SDK routes both by the GroupTips key and branches on
// Event; OpType picks the kind (its GRP_TIP_* and system notice numbers).
import { randomInt } from 'node:crypto';
import type { App } from '../../app.js';
import type { Session } from '../../protocol/sessions.js';
import { nowSeconds } from '../../store/db.js';
import type { GroupRow } from '../../store/groups/groups.js';
import { groupBriefWire, groupTipWire } from './wire.js';
import { insertGroupTip, type StoredGroupTip } from '../../store/groups/group-tips.js';
import { keepGroupNotice } from '../../store/group-notices.js';

export const TipType = {
  JOIN: 1,
  QUIT: 2,
  KICKED: 3,
  SET_ADMIN: 4,
  UNSET_ADMIN: 5,
  PROFILE: 6,
  MEMBER_INFO: 7,
} as const;

export const NoticeType = {
  APPLY: 1,
  APPROVED: 2,
  REFUSED: 3,
  KICKED: 4,
  DISMISSED: 5,
  INVITED: 7,
  QUIT: 8,
  SET_ADMIN: 9,
  UNSET_ADMIN: 10,
} as const;

export function pushToUsers(
  app: App,
  userIDs: Iterable<string>,
  body: unknown,
  except?: Session,
): void {
  for (const id of new Set(userIDs)) app.sessions.push(id, body, except);
}

export interface TipInput {
  opType: number;
  operator: string;
  userIDs: string[];
  /** MsgGroupNewInfo for profile changes. */
  newInfo?: Record<string, unknown>;
  /** MsgMemberInfo for member info changes ([{User_Account, ShutupTime}]). */
  memberInfo?: Record<string, unknown>[];
  /** Who gets it besides the current members (e.g. whoever just left). */
  alsoTo?: string[];
}

export function pushGroupTip(app: App, g: GroupRow, tip: TipInput): void {
  const members = app.groups.members.list(g.groupID);
  const extra = Object.fromEntries(tip.userIDs.map((id) => [id, app.users.get(id)?.profile ?? {}]));
  const body = {
    OpType: tip.opType,
    Operator_Account: tip.operator,
    List_Account: tip.userIDs,
    MemberNum: members.length,
    MsgMemberExtraInfo: tip.userIDs.map((id) => ({
      User_Account: id,
      NickName: String(extra[id]?.Tag_Profile_IM_Nick ?? ''),
      ImageUrl: String(extra[id]?.Tag_Profile_IM_Image ?? ''),
    })),
    ...(tip.newInfo ? { MsgGroupNewInfo: tip.newInfo } : {}),
    ...(tip.memberInfo ? { MsgMemberInfo: tip.memberInfo } : {}),
  };
  const stored = keepGroupTip(app, g, tip.operator, body);
  const to = [...members.map((m) => m.userID), ...(tip.alsoTo ?? [])];
  pushToUsers(app, to, { EventArray: [{ Event: 4, GroupTips: [groupTipWire(g, stored)] }] });
}

/**
 * A tip takes the next sequence of the group's stream and is stored, so a
 * member offline now reads it in group_msg_get between the messages, as in
 * Tencent's service. AVChatRoom keeps no history: its tips take no sequence.
 */
function keepGroupTip(
  app: App,
  g: GroupRow,
  operator: string,
  body: Record<string, unknown>,
): StoredGroupTip {
  const msgTime = app.now();
  const random = randomInt(1, 2 ** 31);
  if (g.type === 'AVChatRoom') {
    const lastSeq = app.groups.groups.get(g.groupID)?.lastSeq ?? g.lastSeq;
    return { groupID: g.groupID, seq: lastSeq, operator, random, msgTime, body };
  }
  return app.groups.tx(() => {
    const seq = app.groups.groups.nextSeq(g.groupID, msgTime);
    const stored = { groupID: g.groupID, seq, operator, random, msgTime, body };
    insertGroupTip(app.db, stored);
    // As for a sent message: the operator has read up to their own tip.
    if (app.groups.members.get(g.groupID, operator))
      app.groups.members.setReadSeq(g.groupID, operator, seq);
    return stored;
  });
}

export interface NoticeInput {
  opType: number;
  operator: string;
  to: string[];
  /** The applicant's message or the handler's reply. */
  remark?: string;
  /** For applications: whom the notice is about (the applicant). */
  subject?: string;
}

export function pushSystemNotice(
  app: App,
  g: Pick<GroupRow, 'groupID' | 'type' | 'name'>,
  n: NoticeInput,
): void {
  const time = nowSeconds();
  for (const to of new Set(n.to)) {
    const item = {
      From_Account: n.operator,
      MsgSeq: randomInt(1, 2 ** 31),
      MsgRandom: randomInt(1, 2 ** 31),
      MsgTimeStamp: time,
      GroupInfo: { ...groupBriefWire(g, n.operator), To_Account: n.subject ?? to },
      MsgBody: {
        OpType: n.opType,
        Operator_Account: n.operator,
        RemarkInfo: n.remark ?? '',
        Authentication: '',
        MsgKey: `${g.groupID}_${n.subject ?? to}_${time}`,
      },
    };
    const reached = app.sessions.push(to, { EventArray: [{ Event: 5, GroupTips: [item] }] });
    // Offline: the next openim.getmsg hands it out (store/group-notices.ts).
    if (reached === 0) keepGroupNotice(app.db, to, item);
  }
}

/** Recall notice (Event 5 with GroupWithdrawInfoArray): members drop the message. */
export function pushRecall(
  app: App,
  g: GroupRow,
  seq: number,
  random: number,
  revoker: string,
): void {
  const item = {
    From_Account: revoker,
    GroupInfo: groupBriefWire(g, revoker),
    RevokerInfo: { Revoker: revoker, Reason: '' },
    MsgBody: {
      GroupWithdrawInfoArray: [{ GroupId: g.groupID, MsgSeq: seq, MsgRandom: random }],
    },
  };
  pushToUsers(
    app,
    app.groups.members.list(g.groupID).map((m) => m.userID),
    { EventArray: [{ Event: 5, GroupTips: [item] }] },
  );
}
