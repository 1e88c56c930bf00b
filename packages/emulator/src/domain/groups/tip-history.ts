// Group tips in history pages: tips and messages share the group's sequence,
// so a page of group_msg_get is the newest `count` entries of both. The SDK
// reads an RspMsgList item with Event: 4 as a group tip (TIMGroupTipElem).
import type { App } from '../../app.js';
import type { GroupRow } from '../../store/groups/groups.js';
import type { StoredGroupMessage } from '../../store/groups/group-messages.js';
import {
  groupTipsBefore,
  lastGroupTip,
  lastVisibleGroupTip,
  type StoredGroupTip,
} from '../../store/groups/group-tips.js';
import { groupTipWire } from './wire.js';

export interface HistoryPage<T extends { seq: number }> {
  messages: T[];
  tips: StoredGroupTip[];
  /** The oldest sequence on the page (message or tip); undefined when empty. */
  oldestSeq: number | undefined;
}

/**
 * Joins the tips up to `upTo` with `messages` (newest first, at most `count`,
 * already filtered by `keep`) and keeps the newest `count` entries of both.
 */
export function pageWithTips<T extends { seq: number }>(
  app: App,
  groupID: string,
  messages: T[],
  upTo: number,
  count: number,
  keep: (seq: number) => boolean,
): HistoryPage<T> {
  const tips = groupTipsBefore(app.db, groupID, upTo, count).filter((t) => keep(t.seq));
  const seqs = [...messages.map((m) => m.seq), ...tips.map((t) => t.seq)].sort((a, b) => b - a);
  const kept = seqs.slice(0, count);
  const floor = kept[kept.length - 1];
  if (floor === undefined) return { messages: [], tips: [], oldestSeq: undefined };
  return {
    messages: messages.filter((m) => m.seq >= floor),
    tips: tips.filter((t) => t.seq >= floor),
    oldestSeq: floor,
  };
}

/** RspMsgList items of the tips, merged into the message items newest first. */
export function mergeTipItems(
  g: Pick<GroupRow, 'groupID' | 'type' | 'name'>,
  messageItems: Record<string, unknown>[],
  tips: StoredGroupTip[],
  /** Tips the reader deleted for themselves: placeholders, as their deleted messages are. */
  hidden: ReadonlySet<number> = new Set(),
): Record<string, unknown>[] {
  const tipItems = tips.map((t) =>
    hidden.has(t.seq)
      ? { ...groupTipWire(g, t), MsgBody: [], CloudCustomData: '', IsPlaceMsg: 1 }
      : { ...groupTipWire(g, t), Event: 4 },
  );
  const seqOf = (item: Record<string, unknown>): number => Number(item.MsgSeq);
  return [...messageItems, ...tipItems].sort((a, b) => seqOf(b) - seqOf(a));
}

/** The newest entry of a group's stream, as recentcontact.page_get names it. */
export interface LastStreamEntry {
  seq: number;
  msgTime: number;
  random: number;
  from: string;
  /** LastMsg: a tip goes as { Event: 4, GroupTips } (the SDK's _patchTypeAndPayload). */
  lastMsg: Record<string, unknown>;
}

export function lastStreamEntry(app: App, g: GroupRow): LastStreamEntry | undefined {
  return newestOf(g, app.groups.messages.last(g.groupID), lastGroupTip(app.db, g.groupID));
}

/**
 * The newest entry `userID` still sees: after `afterSeq` (their join in a
 * hidden-history group, or their clear) and not deleted for themselves.
 */
export function lastVisibleEntry(
  app: App,
  g: GroupRow,
  userID: string,
  afterSeq: number,
): LastStreamEntry | undefined {
  return newestOf(
    g,
    app.groups.messages.lastVisible(g.groupID, userID, afterSeq),
    lastVisibleGroupTip(app.db, g.groupID, userID, afterSeq),
  );
}

function newestOf(
  g: GroupRow,
  message: StoredGroupMessage | undefined,
  tip: StoredGroupTip | undefined,
): LastStreamEntry | undefined {
  if (tip && (!message || tip.seq > message.seq)) {
    return {
      seq: tip.seq,
      msgTime: tip.msgTime,
      random: tip.random,
      from: tip.operator,
      lastMsg: { Event: 4, GroupTips: groupTipWire(g, tip), MsgBody: [], CloudCustomData: '' },
    };
  }
  if (!message) return undefined;
  return {
    seq: message.seq,
    msgTime: message.msgTime,
    random: message.random,
    from: message.from,
    lastMsg: {
      MsgBody: message.body,
      CloudCustomData: message.cloudCustomData,
      From_Account: message.from,
      MsgFrom_AccountExtraInfo: { Nick: message.nick },
    },
  };
}
