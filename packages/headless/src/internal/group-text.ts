// Readable one-line texts for group tips ("bob joined the group") and group system notices
// ("Your request to join Team was accepted"), from the SDK's payloads. Shared by message rows,
// conversation previews and the groups domain's events, so all three say the same thing.

import { ENGLISH_TIP_WORDS, type TimTipWords } from './group-tip-words.js';

type Loose = Record<string, unknown>;

/** SDK TYPES.GRP_TIP_* */
export const TipType = {
  JOIN: 1,
  QUIT: 2,
  KICKED: 3,
  SET_ADMIN: 4,
  UNSET_ADMIN: 5,
  PROFILE: 6,
  MEMBER_INFO: 7,
  AV_BAN: 10,
  AV_UNBAN: 11,
} as const;

/** Group system notice operation types (the SDK's payload.operationType). */
export const NoticeType = {
  APPLY: 1,
  ACCEPTED: 2,
  REFUSED: 3,
  KICKED: 4,
  DISMISSED: 5,
  CREATED: 6,
  INVITED: 7,
  QUIT: 8,
  SET_ADMIN: 9,
  UNSET_ADMIN: 10,
} as const;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const record = (value: unknown): Loose =>
  typeof value === 'object' && value !== null ? (value as Loose) : {};

export interface TipFacts {
  operationType: number;
  operatorID: string;
  userIDs: string[];
  groupID: string;
  groupName: string;
  /** userID -> nick from the payload's member list */
  nicks: Map<string, string>;
  /** userID -> mute seconds, for member-info tips */
  muteTimes: Map<string, number>;
  newProfile: Loose;
  remark: string;
}

export function tipFacts(payload: unknown): TipFacts {
  const p = record(payload);
  const group = record(p.groupProfile);
  const nicks = new Map<string, string>();
  const muteTimes = new Map<string, number>();
  for (const entry of Array.isArray(p.memberList) ? p.memberList : []) {
    const m = record(entry);
    const userID = str(m.userID);
    if (str(m.nick) !== '') nicks.set(userID, str(m.nick));
    if (typeof m.muteTime === 'number') muteTimes.set(userID, m.muteTime);
  }
  const operator = record(p.operatorInfo);
  if (str(operator.nick) !== '') nicks.set(str(p.operatorID), str(operator.nick));
  return {
    operationType: typeof p.operationType === 'number' ? p.operationType : 0,
    operatorID: str(p.operatorID),
    userIDs: Array.isArray(p.userIDList) ? p.userIDList.map(str).filter(Boolean) : [],
    groupID: str(group.groupID),
    groupName: str(group.name) || str(group.groupName),
    nicks,
    muteTimes,
    newProfile: record(p.newGroupProfile),
    remark: str(p.handleMessage) || str(p.remarkInfo),
  };
}

function names(facts: TipFacts, userIDs: string[], w: TimTipWords): string {
  const list = userIDs.map((id) => facts.nicks.get(id) || id);
  return list.length === 0 ? w.someone : w.names(list);
}

function profileChange(facts: TipFacts, operator: string, w: TimTipWords): string {
  const p = facts.newProfile;
  if (typeof p.name === 'string' || typeof p.groupName === 'string')
    return w.renamed(operator, str(p.name) || str(p.groupName));
  if (typeof p.ownerID === 'string') return w.newOwner(operator, p.ownerID);
  if (typeof p.muteAllMembers === 'boolean')
    return p.muteAllMembers ? w.mutedAll(operator) : w.unmutedAll(operator);
  if (typeof p.notification === 'string') return w.notificationChanged(operator);
  if (typeof p.introduction === 'string') return w.introductionChanged(operator);
  if (typeof p.avatar === 'string') return w.avatarChanged(operator);
  return w.profileChanged(operator);
}

function memberChange(facts: TipFacts, operator: string, w: TimTipWords): string {
  const [userID] = facts.userIDs;
  const mute = userID === undefined ? undefined : facts.muteTimes.get(userID);
  const who = names(facts, facts.userIDs, w);
  if (mute === undefined) return w.memberProfileChanged(who);
  return mute > 0 ? w.muted(operator, who, w.duration(mute)) : w.unmuted(operator, who);
}

/** "bob joined the group", "alice removed bob from the group"... in `words`' language. */
export function describeGroupTip(payload: unknown, words: TimTipWords = ENGLISH_TIP_WORDS): string {
  const w = words;
  const facts = tipFacts(payload);
  const operator = facts.nicks.get(facts.operatorID) || facts.operatorID || w.someone;
  const users = names(facts, facts.userIDs, w);
  const count = facts.userIDs.length;
  switch (facts.operationType) {
    case TipType.JOIN:
      return count === 0 || (count === 1 && facts.userIDs[0] === facts.operatorID)
        ? w.joined(users)
        : w.invited(operator, users);
    case TipType.QUIT:
      return w.left(users);
    case TipType.KICKED:
      return w.removed(operator, users);
    case TipType.SET_ADMIN:
      return w.madeAdmin(users, count);
    case TipType.UNSET_ADMIN:
      return w.unmadeAdmin(users, count);
    case TipType.PROFILE:
      return profileChange(facts, operator, w);
    case TipType.MEMBER_INFO:
      return memberChange(facts, operator, w);
    case TipType.AV_BAN:
      return w.banned(operator, users);
    case TipType.AV_UNBAN:
      return w.unbanned(operator, users);
    default:
      return w.other;
  }
}

/** "alice asked to join Team", "You were removed from Team"... */
export function describeGroupNotice(payload: unknown): string {
  const facts = tipFacts(payload);
  const group = facts.groupName || facts.groupID || 'the group';
  const operator = facts.operatorID || 'someone';
  const reason = facts.remark === '' ? '' : `: ${facts.remark}`;
  switch (facts.operationType) {
    case NoticeType.APPLY:
      return `${operator} asked to join ${group}${reason}`;
    case NoticeType.ACCEPTED:
      return `Your request to join ${group} was accepted`;
    case NoticeType.REFUSED:
      return `Your request to join ${group} was refused${reason}`;
    case NoticeType.KICKED:
      return `You were removed from ${group} by ${operator}`;
    case NoticeType.DISMISSED:
      return `${group} was dismissed`;
    case NoticeType.CREATED:
      return `You created ${group}`;
    case NoticeType.INVITED:
      return `${operator} added you to ${group}`;
    case NoticeType.QUIT:
      return `You left ${group}`;
    case NoticeType.SET_ADMIN:
      return `You are now an admin of ${group}`;
    case NoticeType.UNSET_ADMIN:
      return `You are no longer an admin of ${group}`;
    default:
      return '[System notice]';
  }
}
