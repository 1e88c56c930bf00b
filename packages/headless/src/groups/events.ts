// Group tips and group system notices arrive as messages (MESSAGE_RECEIVED); this turns each into
// a typed TimGroupEvent. Tips are seen by every member; notices only by the user they concern.
import {
  NoticeType,
  TipType,
  describeGroupNotice,
  describeGroupTip,
  tipFacts,
} from '../internal/group-text.js';
import { SdkType, type SdkMessage } from '../sdk/types.js';
import type { TimGroupEvent, TimGroupEventKind } from './types.js';

const tipKinds: Record<number, TimGroupEventKind> = {
  [TipType.JOIN]: 'member-joined',
  [TipType.QUIT]: 'member-quit',
  [TipType.KICKED]: 'member-kicked',
  [TipType.SET_ADMIN]: 'admin-set',
  [TipType.UNSET_ADMIN]: 'admin-unset',
  [TipType.PROFILE]: 'profile-updated',
  [TipType.MEMBER_INFO]: 'member-updated',
};

const noticeKinds: Record<number, TimGroupEventKind> = {
  [NoticeType.APPLY]: 'application-received',
  [NoticeType.ACCEPTED]: 'application-accepted',
  [NoticeType.REFUSED]: 'application-refused',
  [NoticeType.KICKED]: 'kicked',
  [NoticeType.DISMISSED]: 'dismissed',
  [NoticeType.CREATED]: 'created',
  [NoticeType.INVITED]: 'invited',
  [NoticeType.QUIT]: 'quit',
  [NoticeType.SET_ADMIN]: 'became-admin',
  [NoticeType.UNSET_ADMIN]: 'admin-revoked',
};

/** The event a tip or system notice message stands for; undefined for other messages. */
export function toGroupEvent(message: SdkMessage): TimGroupEvent | undefined {
  const isTip = message.type === SdkType.MSG_GRP_TIP;
  if (!isTip && message.type !== SdkType.MSG_GRP_SYS_NOTICE) return undefined;
  const facts = tipFacts(message.payload);
  const groupID =
    facts.groupID ||
    (message.conversationID.startsWith('GROUP') ? message.conversationID.slice(5) : message.to);
  const kind = (isTip ? tipKinds : noticeKinds)[facts.operationType] ?? 'other';
  const event: TimGroupEvent = {
    kind,
    groupID,
    groupName: facts.groupName,
    operatorID: facts.operatorID || message.from || '',
    userIDs: facts.userIDs,
    text: isTip ? describeGroupTip(message.payload) : describeGroupNotice(message.payload),
    time: (message.time ?? 0) * 1000,
    source: isTip ? 'tip' : 'notice',
  };
  const [userID] = facts.userIDs;
  if (kind === 'member-updated' && userID !== undefined && facts.muteTimes.has(userID))
    event.detail = facts.muteTimes.get(userID);
  else if (facts.remark !== '') event.detail = facts.remark;
  return event;
}

/** Which parts of a group's cached state an event makes stale. */
export function staleParts(event: TimGroupEvent): { profile: boolean; members: boolean } {
  switch (event.kind) {
    case 'profile-updated':
      return { profile: true, members: false };
    case 'member-joined':
    case 'member-quit':
    case 'member-kicked':
    case 'application-accepted':
      return { profile: true, members: true };
    case 'admin-set':
    case 'admin-unset':
    case 'member-updated':
    case 'became-admin':
    case 'admin-revoked':
      return { profile: false, members: true };
    default:
      return { profile: false, members: false };
  }
}
