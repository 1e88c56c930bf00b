// Small helpers for the relationship conformance suites: the SDK's friend and
// application types are loose, so these read only the fields the tests check.
import type { SdkClient } from '../support/sdk-client.js';

export interface FriendView {
  userID: string;
  remark: string;
  groupList: string[];
  profile: { nick: string; selfSignature?: string };
}

export interface ApplicationView {
  userID: string;
  type: string;
  wording: string;
  source: string;
}

export const WEB_SOURCE = 'AddSource_Type_Web';

export async function friendIDs(c: SdkClient): Promise<string[]> {
  const { data } = await c.chat.getFriendList();
  return (data as FriendView[]).map((f) => f.userID).sort();
}

export async function applications(
  c: SdkClient,
): Promise<{ list: ApplicationView[]; unread: number }> {
  const { data } = await c.chat.getFriendApplicationList();
  const d = data as { friendApplicationList: ApplicationView[]; unreadCount: number };
  return { list: d.friendApplicationList, unread: d.unreadCount };
}

/**
 * The next FRIEND_LIST_UPDATED whose list (the event carries the SDK's whole
 * friend list) satisfies test. Call before the action that causes it.
 */
export function friendListUpdate(
  c: SdkClient,
  test: (ids: string[]) => boolean,
  timeoutMs = 8000,
): Promise<FriendView[]> {
  return c.next<FriendView[]>(
    c.TencentCloudChat.EVENT.FRIEND_LIST_UPDATED,
    (list) => test(list.map((f) => f.userID)),
    timeoutMs,
  );
}

/** Sets the profile field that decides how others' friend requests are handled. */
export async function setAllowType(c: SdkClient, allowType: string): Promise<void> {
  await c.chat.updateMyProfile({ allowType } as Parameters<
    SdkClient['chat']['updateMyProfile']
  >[0]);
}

export const codeOf = (e: unknown): number | undefined =>
  typeof e === 'object' && e !== null ? (e as { code?: number }).code : undefined;

/**
 * Waits until the SDK's login-time friend and application fetches have been
 * applied. Their replies can land after a push that arrived later (the SDK
 * handles replies asynchronously) and would then overwrite the pushed state,
 * which is a race a test must not depend on.
 */
export async function settled(c: SdkClient): Promise<SdkClient> {
  const { EVENT } = c.TencentCloudChat;
  for (const name of [EVENT.FRIEND_LIST_UPDATED, EVENT.FRIEND_APPLICATION_LIST_UPDATED]) {
    if (!c.events.some((e) => e.name === name)) await c.next(name, undefined, 10000);
  }
  return c;
}

/**
 * Resolves once check() holds, re-checking after each `eventName` event.
 * Never leaves a waiter behind, so no timer outlives a passing test.
 */
export async function until(
  c: SdkClient,
  eventName: string,
  check: () => Promise<boolean>,
  timeoutMs = 8000,
): Promise<void> {
  for (;;) {
    const seen = c.events.length;
    if (await check()) return;
    if (c.events.slice(seen).some((e) => e.name === eventName)) continue;
    await c.next(eventName, undefined, timeoutMs);
  }
}
