// Readable one-line texts for group tips ("bob joined the group") and group system notices
// ("Your request to join Team was accepted"), from the SDK's payloads. Shared by message rows,
// conversation previews and the groups domain's events, so all three say the same thing.

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

function names(facts: TipFacts, userIDs: string[]): string {
  const list = userIDs.map((id) => facts.nicks.get(id) || id);
  if (list.length <= 1) return list[0] ?? 'someone';
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

function plural(facts: TipFacts, single: string, many: string): string {
  return facts.userIDs.length > 1 ? many : single;
}

export function formatDuration(seconds: number): string {
  if (seconds % 86_400 === 0) return `${seconds / 86_400} d`;
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

function profileChange(facts: TipFacts, operator: string): string {
  const p = facts.newProfile;
  if (typeof p.name === 'string' || typeof p.groupName === 'string')
    return `${operator} renamed the group to "${str(p.name) || str(p.groupName)}"`;
  if (typeof p.ownerID === 'string') return `${operator} made ${p.ownerID} the group owner`;
  if (typeof p.muteAllMembers === 'boolean')
    return p.muteAllMembers ? `${operator} muted all members` : `${operator} unmuted all members`;
  if (typeof p.notification === 'string') return `${operator} updated the group notification`;
  if (typeof p.introduction === 'string') return `${operator} updated the group introduction`;
  if (typeof p.avatar === 'string') return `${operator} changed the group avatar`;
  return `${operator} updated the group profile`;
}

function memberChange(facts: TipFacts, operator: string): string {
  const [userID] = facts.userIDs;
  const mute = userID === undefined ? undefined : facts.muteTimes.get(userID);
  if (mute === undefined) return `${names(facts, facts.userIDs)}'s group profile was updated`;
  const who = names(facts, facts.userIDs);
  return mute > 0
    ? `${operator} muted ${who} for ${formatDuration(mute)}`
    : `${operator} unmuted ${who}`;
}

/** "bob joined the group", "alice removed bob from the group"... */
export function describeGroupTip(payload: unknown): string {
  const facts = tipFacts(payload);
  const operator = facts.nicks.get(facts.operatorID) || facts.operatorID || 'someone';
  const users = names(facts, facts.userIDs);
  switch (facts.operationType) {
    case TipType.JOIN:
      return facts.userIDs.length === 0 ||
        (facts.userIDs.length === 1 && facts.userIDs[0] === facts.operatorID)
        ? `${users} joined the group`
        : `${operator} invited ${users} to the group`;
    case TipType.QUIT:
      return `${users} left the group`;
    case TipType.KICKED:
      return `${operator} removed ${users} from the group`;
    case TipType.SET_ADMIN:
      return `${users} ${plural(facts, 'is now an admin', 'are now admins')}`;
    case TipType.UNSET_ADMIN:
      return `${users} ${plural(facts, 'is no longer an admin', 'are no longer admins')}`;
    case TipType.PROFILE:
      return profileChange(facts, operator);
    case TipType.MEMBER_INFO:
      return memberChange(facts, operator);
    case TipType.AV_BAN:
      return `${operator} banned ${users}`;
    case TipType.AV_UNBAN:
      return `${operator} lifted the ban on ${users}`;
    default:
      return '[Group notice]';
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
