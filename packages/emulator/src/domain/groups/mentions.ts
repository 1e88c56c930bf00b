// Group @-mentions. The SDK's createTextAtMessage sends
// GroupAtInfo: [{GroupAtAllFlag: 0, GroupAt_Account: id} | {GroupAtAllFlag: 1}]
// with send_group_msg; members read it back on the message (groupAtInfo ->
// message.atUserList). Each mentioned member also gets an @ tip: a GroupTips
// item with Event 12 (the SDK's onNewGroupAtTips) carrying AtFlagList
// (1 @me, 2 @all), which the SDK turns into conversation.groupAtInfoList. Tips
// stay until the member reads the group (msg_read_report) or the SDK deletes
// them (openim.deletemsg, sent by setMessageRead).
import type { App } from '../../app.js';
import type { Session } from '../../protocol/sessions.js';
import { EmulatorError } from '../../protocol/errors.js';
import type { GroupRow } from '../../store/groups/groups.js';
import {
  addAtTips,
  listAtTips,
  NO_MENTIONS,
  type AtTip,
  type Mentions,
} from '../../store/groups/group-at.js';
import { GroupCode } from './codes.js';
import { isRecord } from '../../handlers/validate.js';

/** More entries than any group's member list is a client bug, not a mention. */
export const MAX_AT_ENTRIES = 1000;

export const AtFlag = { ME: 1, ALL: 2 } as const;

/**
 * Reads GroupAtInfo. Anyone in the group may @all (Tencent does not restrict
 * it); a named user must be a member (2623). Bad shapes answer 10004.
 */
export function readGroupAtInfo(app: App, g: GroupRow, raw: unknown): Mentions {
  if (raw === undefined || raw === null) return NO_MENTIONS;
  const bad = (why: string) => new EmulatorError(GroupCode.PARAM_INVALID, `GroupAtInfo: ${why}`);
  if (!Array.isArray(raw)) throw bad('must be an array');
  if (raw.length > MAX_AT_ENTRIES) throw bad(`at most ${MAX_AT_ENTRIES} entries`);
  let all = false;
  const userIDs: string[] = [];
  for (const entry of raw) {
    if (!isRecord(entry)) throw bad('each entry must be an object');
    if (entry.GroupAtAllFlag === 1) {
      all = true;
      continue;
    }
    if (entry.GroupAtAllFlag !== 0 && entry.GroupAtAllFlag !== undefined)
      throw bad('GroupAtAllFlag must be 0 or 1');
    const id = entry.GroupAt_Account;
    if (typeof id !== 'string' || id === '')
      throw bad('GroupAt_Account must be a non-empty string when GroupAtAllFlag is 0');
    if (!app.groups.members.get(g.groupID, id))
      throw new EmulatorError(GroupCode.NOT_MEMBER, `${id} is not a member of ${g.groupID}`);
    if (!userIDs.includes(id)) userIDs.push(id);
  }
  return { all, userIDs };
}

/** The wire field on a group message (push and history); nothing when no one is mentioned. */
export function atInfoWire(m: Mentions | undefined): Record<string, unknown> {
  if (!m || (!m.all && m.userIDs.length === 0)) return {};
  return {
    GroupAtInfo: [
      ...(m.all ? [{ GroupAtAllFlag: 1 }] : []),
      ...m.userIDs.map((id) => ({ GroupAtAllFlag: 0, GroupAt_Account: id })),
    ],
  };
}

/** An Event 12 GroupTips item. ClientSeq carries the group sequence: the SDK
 * echoes it back as MsgSeq when it deletes the tip. */
export function atTipWire(t: AtTip): Record<string, unknown> {
  return {
    GroupId: t.groupID,
    From_Account: t.from,
    MsgSeq: t.seq,
    MsgRandom: t.random,
    ClientSeq: t.seq,
    AtFlagList: [...(t.atMe ? [AtFlag.ME] : []), ...(t.atAll ? [AtFlag.ALL] : [])],
  };
}

/**
 * Files and pushes the tips of a message just sent. The sender gets none;
 * with @all every other member gets one.
 */
export function deliverAtTips(
  app: App,
  g: GroupRow,
  msg: { seq: number; random: number; from: string },
  m: Mentions,
  sender?: Session,
): void {
  if (!m.all && m.userIDs.length === 0) return;
  const members = app.groups.members.list(g.groupID).map((x) => x.userID);
  const to = members.filter((id) => id !== msg.from && (m.all || m.userIDs.includes(id)));
  const tip = {
    groupID: g.groupID,
    seq: msg.seq,
    random: msg.random,
    from: msg.from,
    atAll: m.all,
  };
  addAtTips(app.db, to, tip, new Set(m.userIDs));
  for (const id of to) {
    const item = atTipWire({ ...tip, atMe: m.userIDs.includes(id) });
    app.sessions.push(id, { EventArray: [{ Event: 12, GroupTips: [item] }] }, sender);
  }
}

/** The user's unread tips as an openim.getmsg EventArray entry (none: nothing). */
export function pendingAtTipsEvent(app: App, userID: string): Record<string, unknown>[] {
  // Tips of groups the user has since left stay behind in the table but are not handed out.
  const tips = listAtTips(app.db, userID).filter((t) => app.groups.members.get(t.groupID, userID));
  return tips.length > 0 ? [{ Event: 12, GroupTips: tips.map(atTipWire) }] : [];
}
