// What members notice once a group is dismissed: it leaves their group list
// and conversation list (online at once from the push, offline at next login),
// its ID answers 10010, and a custom ID can be used again for a new group that
// starts with an empty history (Tencent lets a dismissed custom ID be reused).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Conversation, Group, Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import type { SdkClient } from '../support/sdk-client.js';
import { GROUP, codeOf, createGroup, sendText, umd } from './support.js';

const fx = useEmulator();
before(() =>
  fx.start({ seedUsers: ['alice', 'bob', 'carol', 'dave', 'erin', 'fred', 'gina', 'hank'] }),
);

async function groupIDs(c: SdkClient): Promise<string[]> {
  const { data } = await c.chat.getGroupList();
  return (data.groupList as Group[]).map((g) => g.groupID);
}

async function conversationIDs(c: SdkClient): Promise<string[]> {
  const { data } = await c.chat.getConversationList();
  return (data.conversationList as Conversation[]).map((x) => x.conversationID);
}

/** Logs in; resolves once the login sync has listed the conversations. */
async function loginSynced(userID: string): Promise<SdkClient> {
  const c = await fx.client(userID, umd);
  const synced = c.next('onConversationListUpdated', undefined, 10000);
  await c.login();
  await synced;
  return c;
}

test('an online member sees the dismissed group leave their group and conversation lists', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const bob = await fx.loggedIn('bob', umd);
  const groupID = await createGroup(alice, {
    type: 'Public',
    name: 'short-lived',
    memberList: [{ userID: 'bob' }],
  });
  const seen = bob.next<Conversation[]>('onConversationListUpdated', (l) =>
    l.some((c) => c.conversationID === `GROUP${groupID}`),
  );
  await sendText(alice, groupID, 'hello');
  await seen;
  const gone = bob.next<Conversation[]>('onConversationListUpdated', (l) =>
    l.every((c) => c.conversationID !== `GROUP${groupID}`),
  );
  await alice.chat.dismissGroup(groupID);
  await gone;
  assert.ok(!(await groupIDs(bob)).includes(groupID));
  assert.ok(!(await conversationIDs(bob)).includes(`GROUP${groupID}`));
});

test('a member offline during the dismissal finds neither group nor conversation at login', async () => {
  const carol = await fx.loggedIn('carol', umd);
  const groupID = await createGroup(carol, {
    type: 'Public',
    name: 'gone while away',
    memberList: [{ userID: 'dave' }],
  });
  await sendText(carol, groupID, 'see you');
  await carol.chat.dismissGroup(groupID);

  const dave = await loginSynced('dave');
  assert.ok(!(await groupIDs(dave)).includes(groupID));
  assert.ok(!(await conversationIDs(dave)).includes(`GROUP${groupID}`));
});

test('a former member sending to a dismissed group gets 10010', async () => {
  const erin = await fx.loggedIn('erin', umd);
  const fred = await fx.loggedIn('fred', umd);
  const groupID = await createGroup(erin, {
    type: 'Public',
    name: 'closed',
    memberList: [{ userID: 'fred' }],
  });
  await erin.chat.dismissGroup(groupID);
  const msg = fred.chat.createTextMessage({
    to: groupID,
    conversationType: GROUP,
    payload: { text: 'anyone?' },
  });
  assert.equal(await codeOf(fred.chat.sendMessage(msg)), 10010);
});

test('a former member asking for the profile of a dismissed group gets 10010', async () => {
  const erin = await fx.loggedIn('erin', umd);
  const fred = await fx.loggedIn('fred', umd);
  const groupID = await createGroup(erin, {
    type: 'Public',
    name: 'archived',
    memberList: [{ userID: 'fred' }],
  });
  await erin.chat.dismissGroup(groupID);
  assert.equal(await codeOf(fred.chat.getGroupProfile({ groupID })), 10010);
});

test('joining a dismissed group gets 10010', async () => {
  const erin = await fx.loggedIn('erin', umd);
  const groupID = await createGroup(erin, { type: 'ChatRoom', name: 'over' });
  await erin.chat.dismissGroup(groupID);
  const gina = await fx.loggedIn('gina', umd);
  assert.equal(await codeOf(gina.chat.joinGroup({ groupID })), 10010);
});

test('a dismissed custom group ID can be reused; the new group starts with empty history', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const groupID = 'reused-room';
  await createGroup(alice, {
    type: 'Public',
    name: 'first life',
    groupID,
    memberList: [{ userID: 'hank' }],
  });
  await sendText(alice, groupID, 'from the first group');
  await alice.chat.dismissGroup(groupID);

  await createGroup(alice, {
    type: 'Public',
    name: 'second life',
    groupID,
    memberList: [{ userID: 'hank' }],
  });
  await sendText(alice, groupID, 'from the second group');
  const hank = await fx.loggedIn('hank', umd);
  const { data } = await hank.chat.getMessageList({ conversationID: `GROUP${groupID}` });
  const texts = (data.messageList as Message[])
    .filter((m) => m.type === 'TIMTextElem')
    .map((m) => (m.payload as { text: string }).text);
  assert.deepEqual(texts, ['from the second group']);
});
