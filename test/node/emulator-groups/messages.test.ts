import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message, Conversation } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import { codeOf, createGroup, nextGroupMessage, sendText, umd } from './support.js';

const fx = useEmulator();
const user = (userID: string) => fx.loggedIn(userID, umd);
before(() =>
  fx.start({ seedUsers: ['alice', 'amy', 'ann', 'abe', 'bob', 'ben', 'carol', 'cid', 'dave'] }),
);

const texts = (list: Message[]) =>
  list.filter((m) => m.type === 'TIMTextElem').map((m) => (m.payload as { text: string }).text);

test('a group text reaches every online member as MESSAGE_RECEIVED', async () => {
  const alice = await user('alice');
  const bob = await user('bob');
  const carol = await user('carol');
  const groupID = await createGroup(alice, {
    type: 'Private',
    name: 'team',
    memberList: [{ userID: 'bob' }, { userID: 'carol' }],
  });
  const atBob = nextGroupMessage(bob, groupID, (m) => m.type === 'TIMTextElem');
  const atCarol = nextGroupMessage(carol, groupID, (m) => m.type === 'TIMTextElem');
  await sendText(alice, groupID, 'hello team');
  for (const m of [await atBob, await atCarol]) {
    assert.equal(m.from, 'alice');
    assert.equal((m.payload as { text: string }).text, 'hello team');
  }
});

test('an offline member sees the messages, unread, at next login; history pages back', async () => {
  const alice = await user('amy');
  const groupID = await createGroup(alice, {
    type: 'Public',
    name: 'pub',
    memberList: [{ userID: 'dave' }],
  });
  for (let i = 1; i <= 20; i++) await sendText(alice, groupID, `m${i}`);
  const conversationID = `GROUP${groupID}`;
  const dave = await fx.client('dave', umd);
  // The conversation list arrives after SDK_READY: wait for it to list the group.
  const listed = dave.next<Conversation[]>(
    'onConversationListUpdated',
    (l) => l.some((c) => c.conversationID === conversationID && c.unreadCount >= 20),
    10000,
  );
  await dave.login();
  await listed;
  const first = await dave.chat.getMessageList({ conversationID });
  const newest = first.data.messageList as Message[];
  assert.deepEqual(texts(newest).slice(-3), ['m18', 'm19', 'm20']);
  const older = await dave.chat.getMessageList({
    conversationID,
    nextReqMessageID: first.data.nextReqMessageID,
  });
  const all = [...texts(older.data.messageList as Message[]), ...texts(newest)];
  assert.deepEqual(
    all.slice(-20),
    Array.from({ length: 20 }, (_, i) => `m${i + 1}`),
  );
  await dave.chat.setMessageRead({ conversationID });
  const { data: after } = await dave.chat.getConversationProfile(conversationID);
  assert.equal((after.conversation as Conversation).unreadCount, 0);
});

test('a recall within 2 minutes reaches the members as MESSAGE_REVOKED', async () => {
  const alice = await user('ann');
  const bob = await user('ben');
  const groupID = await createGroup(alice, { type: 'ChatRoom', name: 'meet' });
  await bob.chat.joinGroup({ groupID });
  const arrived = nextGroupMessage(bob, groupID, (m) => m.type === 'TIMTextElem');
  const sent = await sendText(alice, groupID, 'oops');
  await arrived;
  const revoked = bob.next<Message[]>(
    'onMessageRevoked',
    (l) => l.some((m) => m.sequence === sent.sequence),
    8000,
  );
  await alice.chat.revokeMessage(sent);
  await revoked;
  const { data } = await bob.chat.getMessageList({ conversationID: `GROUP${groupID}` });
  const copy = (data.messageList as Message[]).find((m) => m.sequence === sent.sequence);
  assert.equal(copy?.isRevoked, true);
});

test('a non-member cannot send (10007) and an oversized body is refused (80002)', async () => {
  const alice = await user('abe');
  const carol = await user('cid');
  const groupID = await createGroup(alice, { type: 'Public', name: 'closed' });
  assert.equal(await codeOf(sendText(carol, groupID, 'hi')), 10007);
  assert.equal(await codeOf(sendText(alice, groupID, 'x'.repeat(12260))), 80002);
});
