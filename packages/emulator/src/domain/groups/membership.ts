// Creating a group and changing who is in it, shared by the SDK's servcmds and
// the REST API. Each function validates everything first, writes in one
// transaction, then pushes tips and notices.
import { randomBytes } from 'node:crypto';
import type { App } from '../../app.js';
import { EmulatorError } from '../../protocol/errors.js';
import { nowSeconds } from '../../store/db.js';
import type { GroupRow } from '../../store/groups/groups.js';
import type { MemberRole } from '../../store/groups/members.js';
import { isRecord } from '../../handlers/validate.js';
import { GroupCode } from './codes.js';
import { COMMUNITY_PREFIX, groupIDProblem } from './lookup.js';
import {
  customData,
  effectiveJoinOption,
  groupType,
  joinOption,
  limitedString,
} from './profile-fields.js';
import { hasAdmins } from './permissions.js';
import { NoticeType, TipType, pushGroupTip, pushSystemNotice } from './notify.js';
import { dropAtTipsOfGroup, dropAtTipsOfMembers } from '../../store/groups/group-at.js';
import { hidesHistoryBeforeJoin } from './history-visibility.js';
import { archiveDismissedGroup } from '../../store/groups/dismissed.js';
import { pushRecentContactMod, wireContact } from '../recent-contact.js';

const MAX_MEMBERS = {
  Private: 200,
  Public: 2000,
  ChatRoom: 6000,
  AVChatRoom: 100000,
  Community: 100000,
};

function newGroupID(app: App, community: boolean): string {
  for (;;) {
    const id =
      (community ? COMMUNITY_PREFIX : '@TGS#2') + randomBytes(5).toString('hex').toUpperCase();
    if (!app.groups.groups.exists(id)) return id;
  }
}

function chooseGroupID(app: App, asked: unknown, community: boolean): string {
  if (asked === undefined || asked === null || asked === '') return newGroupID(app, community);
  const problem = groupIDProblem(asked);
  if (problem) throw new EmulatorError(GroupCode.INVALID_GROUP_ID, problem);
  const id = asked as string;
  if (community !== id.startsWith(COMMUNITY_PREFIX))
    throw new EmulatorError(
      GroupCode.INVALID_GROUP_ID,
      community
        ? `a Community GroupId must start with ${COMMUNITY_PREFIX}`
        : `only Community IDs start with ${COMMUNITY_PREFIX}`,
    );
  if (app.groups.groups.exists(id))
    throw new EmulatorError(GroupCode.GROUP_ID_IN_USE, `GroupId ${id} is already used`);
  return id;
}

function memberList(app: App, v: unknown): { userID: string; role: MemberRole }[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v))
    throw new EmulatorError(GroupCode.PARAM_INVALID, 'MemberList must be an array');
  return v.map((item) => {
    const id = isRecord(item) ? item.Member_Account : undefined;
    if (typeof id !== 'string' || !app.users.exists(id))
      throw new EmulatorError(
        GroupCode.PARAM_INVALID,
        `MemberList names an unknown account: ${String(id)}`,
      );
    const role = isRecord(item) && item.Role === 'Admin' ? 'Admin' : 'Member';
    return { userID: id, role };
  });
}

export function createGroup(app: App, owner: string, body: Record<string, unknown>): GroupRow {
  const type = groupType(body.Type);
  const name = limitedString(body, 'Name');
  if (!name) throw new EmulatorError(GroupCode.PARAM_INVALID, 'Name is required');
  const members = memberList(app, body.MemberList).filter((m) => m.userID !== owner);
  if (type === 'AVChatRoom' && members.length > 0)
    throw new EmulatorError(
      GroupCode.PARAM_INVALID,
      'an AVChatRoom is created without members; they join',
    );
  const asked = typeof body.MaxMemberCount === 'number' ? body.MaxMemberCount : undefined;
  const maxMembers = Math.min(asked && asked > 0 ? asked : MAX_MEMBERS[type], MAX_MEMBERS[type]);
  if (members.length + 1 > maxMembers)
    throw new EmulatorError(GroupCode.GROUP_FULL, `at most ${maxMembers} members`);
  const fields = {
    type,
    name,
    ownerID: owner,
    introduction: limitedString(body, 'Introduction') ?? '',
    notification: limitedString(body, 'Notification') ?? '',
    faceUrl: limitedString(body, 'FaceUrl') ?? '',
    joinOption: effectiveJoinOption(type, joinOption(body.ApplyJoinOption)),
    maxMembers,
    muteAll: false,
    custom: customData(body.AppDefinedData) ?? [],
  };
  const groupID = chooseGroupID(app, body.GroupId, type === 'Community');
  app.users.ensure(owner);
  const g = app.groups.tx(() => {
    const row = app.groups.groups.insert({ groupID, ...fields });
    const now = nowSeconds();
    app.groups.members.add(groupID, owner, 'Owner', now, 0);
    for (const m of members)
      app.groups.members.add(groupID, m.userID, hasAdmins(type) ? m.role : 'Member', now, 0);
    return row;
  });
  // Initial members learn of the group at once: the SDK adds it on this notice.
  if (members.length > 0)
    pushSystemNotice(app, g, {
      opType: NoticeType.INVITED,
      operator: owner,
      to: members.map((m) => m.userID),
    });
  return g;
}

export interface AddResult {
  added: string[];
  existed: string[];
  failed: string[];
}

/** Invites (or REST adds) accounts; they join at once and learn it from a notice. */
export function addMembers(app: App, g: GroupRow, operator: string, userIDs: string[]): AddResult {
  const result: AddResult = { added: [], existed: [], failed: [] };
  for (const id of new Set(userIDs)) {
    if (!app.users.exists(id)) result.failed.push(id);
    else if (app.groups.members.get(g.groupID, id)) result.existed.push(id);
    else result.added.push(id);
  }
  if (app.groups.members.count(g.groupID) + result.added.length > g.maxMembers)
    throw new EmulatorError(GroupCode.GROUP_FULL, `the group is full (${g.maxMembers} members)`);
  joinUsers(app, g, result.added);
  if (result.added.length > 0) {
    pushGroupTip(app, g, { opType: TipType.JOIN, operator, userIDs: result.added });
    pushSystemNotice(app, g, { opType: NoticeType.INVITED, operator, to: result.added });
  }
  return result;
}

/**
 * Adds members who start reading at the current end of history; in Work and
 * Public groups what came before stays hidden from them (a rejoin starts anew).
 */
export function joinUsers(app: App, g: GroupRow, userIDs: string[]): void {
  const now = nowSeconds();
  const readSeq = app.groups.groups.get(g.groupID)?.lastSeq ?? g.lastSeq;
  const floor = hidesHistoryBeforeJoin(g.type) ? readSeq : 0;
  app.groups.tx(() => {
    for (const id of userIDs) app.groups.members.add(g.groupID, id, 'Member', now, readSeq, floor);
  });
}

/** Kicks: the others see a tip, the kicked users a system notice. */
export function kickMembers(
  app: App,
  g: GroupRow,
  operator: string,
  userIDs: string[],
  reason: string,
): void {
  app.groups.tx(() => {
    for (const id of userIDs) app.groups.members.remove(g.groupID, id);
    // Their pending @ tips go with them: a re-invited member starts clean.
    dropAtTipsOfMembers(app.db, g.groupID, userIDs);
  });
  pushGroupTip(app, g, { opType: TipType.KICKED, operator, userIDs });
  pushSystemNotice(app, g, { opType: NoticeType.KICKED, operator, to: userIDs, remark: reason });
}

/**
 * Everyone goes and the ID answers 10010 from now on; the messages are
 * archived (store/groups/dismissed.ts), so the ID can be reused from scratch.
 */
export function dismissGroup(app: App, g: GroupRow, operator: string): void {
  const members = app.groups.members.list(g.groupID).map((m) => m.userID);
  app.groups.tx(() => {
    app.groups.members.removeAll(g.groupID);
    dropAtTipsOfGroup(app.db, g.groupID);
    app.groups.pendency.removeGroup(g.groupID);
    archiveDismissedGroup(app.db, g.groupID, app.now());
    app.groups.groups.remove(g.groupID);
  });
  pushSystemNotice(app, g, { opType: NoticeType.DISMISSED, operator, to: members });
  // The SDK drops the group on that notice but keeps its conversation: a
  // recent-contact delete takes it off every online member's list (page_get
  // no longer lists it at their next login).
  const gone = { type: 2 as const, groupID: g.groupID };
  for (const id of members)
    pushRecentContactMod(app, id, {
      PushType: 1,
      RecentContactDeleteItem: { RecentContactList: [wireContact(gone)] },
    });
}
