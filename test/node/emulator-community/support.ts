// Helpers for the Community conformance files. The SDK sends every request
// about a group whose ID starts '@TGS#_' (or whose type is Community) to
// million_group_open_http_svc, so these files drive that service end to end.
import assert from 'node:assert/strict';
import type { Conversation, Group } from '@tencentcloud/chat';
import type { Fixture } from '../support/emulator-fixture.js';
import type { SdkClient } from '../support/sdk-client.js';
import { createGroup, umd } from '../emulator-groups/support.js';

export {
  GROUP,
  codeOf,
  nextGroupMessage,
  nextSystemNotice,
  sendText,
} from '../emulator-groups/support.js';

/** Logged-in clients; UMD so group refusals keep the server's code (see sdk-client.ts). */
export const loggedIn = (fx: Fixture, userID: string): Promise<SdkClient> =>
  fx.loggedIn(userID, umd);

/**
 * A plain Community (no topics) owned by `owner`, with `members` in it from the start.
 * Resolves once each member's SDK lists the group: until then it answers some calls
 * (e.g. getGroupOnlineMemberCount) locally as if the group were unknown. Users must be
 * fresh to this test.
 */
export async function createCommunity(
  owner: SdkClient,
  name: string,
  members: SdkClient[] = [],
): Promise<string> {
  // Matched by type and name (the ID is not known yet when the push may arrive): every
  // test uses fresh users, so their lists hold no other Community of that name.
  const listed = members.map((m) =>
    m.next<Group[]>(
      'onGroupListUpdated',
      (l) => l.some((g) => g.type === 'Community' && g.name === name),
      10000,
    ),
  );
  const groupID = await createGroup(owner, {
    type: 'Community',
    name,
    ...(members.length > 0 ? { memberList: members.map((m) => ({ userID: m.userID })) } : {}),
  });
  assert.ok(groupID.startsWith('@TGS#_'), 'the SDK routes only @TGS#_ IDs to the million service');
  await Promise.all(listed);
  return groupID;
}

/** Resolves once `c`'s conversation list shows the group's conversation matching `test`. */
export function nextConversation(
  c: SdkClient,
  groupID: string,
  test: (conversation: Conversation) => boolean = () => true,
  timeoutMs = 8000,
): Promise<Conversation> {
  const mine = (list: Conversation[]) =>
    list.find((x) => x.conversationID === `GROUP${groupID}` && test(x));
  return c
    .next<Conversation[]>('onConversationListUpdated', (l) => mine(l) !== undefined, timeoutMs)
    .then(mine) as Promise<Conversation>;
}
