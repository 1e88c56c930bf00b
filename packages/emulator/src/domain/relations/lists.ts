// Paged lists shared by the socket handlers and the REST API: friends,
// blacklist and friend applications, in the wire shapes the SDK pages through.
import type { App } from '../../app.js';
import { EmulatorError } from '../../protocol/errors.js';
import { avatarOf, nickOf } from '../profile.js';
import { RelationCode, fail, type ItemResult } from './codes.js';
import { friendItems } from './wire.js';

export const FRIEND_PAGE = 100;

/** sns.friend_get: CompleteFlag 0 makes the SDK ask again from NextStartIndex. */
export function friendPage(app: App, owner: string, startIndex: number): Record<string, unknown> {
  const total = app.relations.friends.count(owner);
  const rows = app.relations.friends.page(owner, startIndex, FRIEND_PAGE);
  const next = startIndex + rows.length;
  const complete = next >= total;
  return {
    FriendNum: total,
    NextStartIndex: complete ? 0 : next,
    StandardSequence: 1,
    CustomSequence: 1,
    CompleteFlag: complete ? 1 : 0,
    UserDataItem: rows.map((r) => ({ To_Account: r.friendID, ValueItem: friendItems(app, r) })),
  };
}

/** sns.black_list_get: the SDK asks again until StartIndex is 0. */
export function blacklistPage(
  app: App,
  owner: string,
  startIndex: number,
  max: number,
): Record<string, unknown> {
  const total = app.relations.blacklist.count(owner);
  const rows = app.relations.blacklist.page(owner, startIndex, max);
  const next = startIndex + rows.length;
  return {
    BlackListItem: rows.map((r) => ({ To_Account: r.userID, AddBlackTimeStamp: r.addTime })),
    StartIndex: next >= total || rows.length === 0 ? 0 : next,
    CurruentSequence: total, // sic: the SDK's spelling
  };
}

export const PendencyType = {
  BOTH: 'Pendency_Type_Both',
  COME_IN: 'Pendency_Type_ComeIn',
  SEND_OUT: 'Pendency_Type_SendOut',
} as const;

/**
 * sns.pendency_get, newest first. StartTime 0 starts at the newest; a reply's
 * StartTime is where the next page starts (0 when done). A page never splits
 * applications of the same second, so time-based paging skips nothing.
 */
export function pendencyPage(
  app: App,
  me: string,
  type: string,
  startTime: number,
  max: number,
): Record<string, unknown> {
  const p = app.relations.pendencies;
  if (!Object.values<string>(PendencyType).includes(type))
    throw new EmulatorError(RelationCode.PARAM_INVALID, `PendencyType "${type}" is unknown`);
  const item = (
    otherID: string,
    pendencyType: string,
    row: { addSource: string; addWording: string; addTime: number },
  ) => {
    const profile = app.users.get(otherID)?.profile ?? {};
    return {
      To_Account: otherID,
      PendencyType: pendencyType,
      AddSource: row.addSource,
      AddWording: row.addWording,
      AddTime: row.addTime,
      Nick: nickOf(profile),
      Image: avatarOf(profile),
    };
  };
  const all = [
    ...(type === PendencyType.SEND_OUT
      ? []
      : p.incoming(me).map((r) => item(r.fromID, PendencyType.COME_IN, r))),
    ...(type === PendencyType.COME_IN
      ? []
      : p.outgoing(me).map((r) => item(r.toID, PendencyType.SEND_OUT, r))),
  ]
    .filter((i) => startTime <= 0 || i.AddTime <= startTime)
    .sort((a, b) => b.AddTime - a.AddTime);
  let end = Math.min(Math.max(max, 1), all.length);
  const lastTime = all[end - 1]?.AddTime;
  while (end < all.length && all[end]?.AddTime === lastTime) end++;
  return {
    PendencyItem: all.slice(0, end),
    StartTime: end < all.length ? (all[end]?.AddTime ?? 0) : 0,
    UnreadPendencyCount: p.unreadCount(me),
    CurrentSequence: all.length,
  };
}

/** sns.pendency_delete: drop received (ComeIn) or sent (SendOut) applications. */
export function deleteApplications(
  app: App,
  me: string,
  type: string,
  ids: unknown[],
  onRemoved: (other: string) => void,
): ItemResult[] {
  if (type !== PendencyType.COME_IN && type !== PendencyType.SEND_OUT)
    throw new EmulatorError(
      RelationCode.PARAM_INVALID,
      `PendencyType must be ${PendencyType.COME_IN} or ${PendencyType.SEND_OUT}`,
    );
  return ids.map((id) => {
    const other = String(id);
    const removed =
      typeof id === 'string' &&
      (type === PendencyType.COME_IN
        ? app.relations.pendencies.remove(other, me)
        : app.relations.pendencies.remove(me, other));
    if (!removed)
      return fail(other, RelationCode.PARAM_INVALID, `no such application with "${other}"`);
    onRemoved(other);
    return { To_Account: other, ResultCode: 0, ResultInfo: '' };
  });
}
