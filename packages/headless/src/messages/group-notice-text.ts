// Readable English for group tips and group system notices. The SDK only composes such text for
// the conversation list (lastMessage.messageForShow); messages in a thread carry raw fields.

type Bag = Record<string, unknown>;

function names(payload: Bag): string {
  const members = Array.isArray(payload.memberList) ? (payload.memberList as Bag[]) : [];
  const byID = new Map<string, string>();
  for (const member of members) {
    if (typeof member?.userID === 'string')
      byID.set(member.userID, typeof member.nick === 'string' && member.nick ? member.nick : '');
  }
  const ids = Array.isArray(payload.userIDList)
    ? (payload.userIDList as unknown[]).filter((v): v is string => typeof v === 'string')
    : [];
  const list = ids.length > 0 ? ids : [...byID.keys()];
  return list.map((id) => byID.get(id) || id).join(', ') || 'someone';
}

function operator(payload: Bag): string {
  const info = payload.operatorInfo as Bag | undefined;
  const nick = typeof info?.nick === 'string' ? info.nick : '';
  const id = typeof payload.operatorID === 'string' ? payload.operatorID : '';
  return nick || id || 'someone';
}

function profileChange(payload: Bag): string {
  const changed = (payload.newGroupProfile ?? {}) as Bag;
  const parts: string[] = [];
  const name = changed.groupName ?? changed.name;
  if (typeof name === 'string') parts.push(`renamed the group to "${name}"`);
  if (typeof changed.notification === 'string') parts.push('changed the group notice');
  if (typeof changed.introduction === 'string') parts.push('changed the group introduction');
  if (typeof changed.avatar === 'string') parts.push('changed the group avatar');
  if (typeof changed.ownerID === 'string') parts.push(`made ${changed.ownerID} the owner`);
  if (changed.muteAllMembers === true) parts.push('muted all members');
  if (changed.muteAllMembers === false) parts.push('unmuted all members');
  return parts.length > 0 ? parts.join(', ') : 'changed the group profile';
}

/** Text for a TIMGroupTipElem payload (operationType is the SDK's GRP_TIP_* value). */
export function groupTipText(payload: Bag): string {
  const who = operator(payload);
  switch (Number(payload.operationType)) {
    case 1:
      return `${names(payload)} joined the group`;
    case 2:
      return `${who} left the group`;
    case 3:
      return `${who} removed ${names(payload)} from the group`;
    case 4:
      return `${who} made ${names(payload)} an admin`;
    case 5:
      return `${who} removed ${names(payload)} as admin`;
    case 6:
      return `${who} ${profileChange(payload)}`;
    case 7: {
      const members = Array.isArray(payload.memberList) ? (payload.memberList as Bag[]) : [];
      const muted = members.some((m) => Number(m?.muteTime) > 0);
      return `${who} ${muted ? 'muted' : 'unmuted'} ${names(payload)}`;
    }
    case 10:
      return `${who} banned ${names(payload)}`;
    case 11:
      return `${who} lifted the ban on ${names(payload)}`;
    default:
      return 'Group notice';
  }
}

const systemTexts: Record<number, (who: string, group: string) => string> = {
  1: (who, group) => `${who} asked to join ${group}`,
  2: (_who, group) => `Your request to join ${group} was accepted`,
  3: (_who, group) => `Your request to join ${group} was declined`,
  4: (who, group) => `${who} removed you from ${group}`,
  5: (who, group) => `${who} dismissed ${group}`,
  6: (_who, group) => `You created ${group}`,
  7: (who, group) => `${who} invited you to ${group}`,
  8: (_who, group) => `You left ${group}`,
  9: (who, group) => `${who} made you an admin of ${group}`,
  10: (who, group) => `${who} removed you as admin of ${group}`,
  11: (_who, group) => `${group} was reclaimed`,
  12: (who, group) => `${who} invited you to join ${group}`,
  13: (who, group) => `${who} accepted your invitation to ${group}`,
  14: (who, group) => `${who} declined your invitation to ${group}`,
};

/** Text for a TIMGroupSystemNoticeElem payload. */
export function groupSystemText(payload: Bag): string {
  const profile = (payload.groupProfile ?? {}) as Bag;
  const groupName = typeof profile.groupName === 'string' ? profile.groupName : '';
  const groupID = typeof profile.groupID === 'string' ? profile.groupID : '';
  const group = groupName || groupID || 'the group';
  const compose = systemTexts[Number(payload.operationType)];
  if (compose) return compose(operator(payload), group);
  const custom = typeof payload.userDefinedField === 'string' ? payload.userDefinedField : '';
  return custom || `Notice from ${group}`;
}
