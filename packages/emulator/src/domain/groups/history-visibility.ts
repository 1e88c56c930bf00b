// Which part of a group's stream a member sees. Tencent's group-type table
// (cloud.tencent.com/document/product/269/70394, "view roaming messages from
// before joining"): off by default for Work and Public, on for Meeting and
// Community; AVChatRoom keeps no history at all. The emulator follows those
// defaults (the console switch that changes them is not emulated).
import type { App } from '../../app.js';
import type { GroupType } from '../../store/groups/groups.js';
import type { MemberRow } from '../../store/groups/members.js';
import { getGroupContact } from '../../store/group-contacts.js';

export function hidesHistoryBeforeJoin(type: GroupType): boolean {
  return type === 'Private' || type === 'Public';
}

/**
 * The sequence this member's view of the group starts after: where they
 * (last) joined in a hidden-history group, or where they cleared it themselves.
 */
export function historyStartsAfter(app: App, member: MemberRow): number {
  const mine = getGroupContact(app.db, member.userID, member.groupID);
  return Math.max(member.historyFloor, mine.clearedSeq);
}
