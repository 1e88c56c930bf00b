// What a member who joins later sees of the group's past. Tencent's defaults
// (group-type table, cloud.tencent.com/document/product/269/70394): Work and
// Public hide messages and tips from before the join; Meeting and Community
// show them. A member who quits and rejoins sees only what follows the rejoin.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import type { SdkClient } from '../support/sdk-client.js';
import { conversationAtLogin, createGroup, sendText, umd } from './support.js';

const fx = useEmulator();
before(() =>
  fx.start({
    seedUsers: ['alice', 'bob', 'carol', 'dave', 'erin', 'fred', 'gina', 'hank', 'ivan', 'jill'],
  }),
);

const TIP = 'TIMGroupTipElem';
const TEXT = 'TIMTextElem';
const CUSTOM = 'TIMCustomElem';

/** "text:<text>", "tip:<operationType>:<userIDs>" or "custom" per entry, oldest first. */
async function history(c: SdkClient, groupID: string): Promise<string[]> {
  const { data } = await c.chat.getMessageList({ conversationID: `GROUP${groupID}` });
  return (data.messageList as Message[]).map((m) => {
    if (m.type === TEXT) return `text:${(m.payload as { text: string }).text}`;
    if (m.type === TIP) {
      const p = m.payload as { operationType: number; userIDList: string[] };
      return `tip:${p.operationType}:${p.userIDList.join(',')}`;
    }
    return m.type === CUSTOM ? 'custom' : String(m.type);
  });
}

test('a member added to a Work group later reads history from their own join on', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const groupID = await createGroup(alice, { type: 'Private', name: 'work' });
  await sendText(alice, groupID, 'before');
  await alice.chat.addGroupMember({ groupID, userIDList: ['bob'] });
  await alice.chat.addGroupMember({ groupID, userIDList: ['carol'] });
  await sendText(alice, groupID, 'after');

  const carol = await fx.loggedIn('carol', umd);
  // Neither "before", the SDK's group_create message nor bob's earlier join tip.
  assert.deepEqual(await history(carol, groupID), ['tip:1:carol', 'text:after']);
});

test('a member who joins a Public group reads nothing from before their join', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const groupID = await createGroup(alice, {
    type: 'Public',
    name: 'public',
    joinOption: 'FreeAccess',
  });
  await sendText(alice, groupID, 'old news');
  const dave = await fx.loggedIn('dave', umd);
  await dave.chat.joinGroup({ groupID });
  await sendText(alice, groupID, 'welcome');
  assert.deepEqual(await history(dave, groupID), ['tip:1:dave', 'text:welcome']);
});

test('a member who joins a Meeting group reads the messages sent before', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const groupID = await createGroup(alice, { type: 'ChatRoom', name: 'meeting' });
  await sendText(alice, groupID, 'agenda');
  const erin = await fx.loggedIn('erin', umd);
  await erin.chat.joinGroup({ groupID });
  const seen = await history(erin, groupID);
  assert.deepEqual(seen.slice(0, 2), ['custom', 'text:agenda']);
  assert.ok(seen.includes('tip:1:erin'));
});

test('a member who joins a Community group reads the messages sent before', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const groupID = await createGroup(alice, { type: 'Community', name: 'community' });
  await sendText(alice, groupID, 'welcome post');
  const ivan = await fx.loggedIn('ivan', umd);
  await ivan.chat.joinGroup({ groupID });
  assert.ok((await history(ivan, groupID)).includes('text:welcome post'));
});

test('a member who quits a Public group and rejoins reads only what follows the rejoin', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const groupID = await createGroup(alice, {
    type: 'Public',
    name: 'revolving',
    joinOption: 'FreeAccess',
  });
  const fred = await fx.loggedIn('fred', umd);
  await fred.chat.joinGroup({ groupID });
  await sendText(alice, groupID, 'first stay');
  await fred.chat.quitGroup(groupID);
  await sendText(alice, groupID, 'while away');
  await fred.chat.joinGroup({ groupID });
  await sendText(alice, groupID, 'second stay');
  assert.deepEqual(await history(fred, groupID), ['tip:1:fred', 'text:second stay']);
});

test('a later Work member offline since the invite: unread and last message start at the join', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const groupID = await createGroup(alice, { type: 'Private', name: 'catch-up' });
  await sendText(alice, groupID, 'one');
  await sendText(alice, groupID, 'two');
  await alice.chat.addGroupMember({ groupID, userIDList: ['gina'] });
  await sendText(alice, groupID, 'three');

  const conversation = await conversationAtLogin(fx, 'gina', groupID);
  // The join tip and "three"; not "one", "two" or the group_create message.
  assert.equal(conversation.unreadCount, 2);
  assert.equal((conversation.lastMessage.payload as { text?: string }).text, 'three');
});

test('a later Work member who deletes the last message sees their join tip as last, not older history', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const groupID = await createGroup(alice, { type: 'Private', name: 'nothing left' });
  await sendText(alice, groupID, 'secret');
  await alice.chat.addGroupMember({ groupID, userIDList: ['hank'] });
  await sendText(alice, groupID, 'hello hank');

  const hank = await fx.loggedIn('hank', umd);
  const { data } = await hank.chat.getMessageList({ conversationID: `GROUP${groupID}` });
  const hello = (data.messageList as Message[]).find((m) => m.type === TEXT) as Message;
  await hank.chat.deleteMessage([hello]);
  await hank.destroy();

  const conversation = await conversationAtLogin(fx, 'hank', groupID);
  assert.equal(conversation.lastMessage.type, TIP);
  assert.deepEqual((conversation.lastMessage.payload as { userIDList: string[] }).userIDList, [
    'hank',
  ]);
});
