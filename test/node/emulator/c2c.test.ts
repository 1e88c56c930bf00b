import type TencentCloudChat from '@tencentcloud/chat';
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message, Conversation } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';

const fx = useEmulator();
// TYPES.CONV_C2C is 'C2C'; the .d.ts types conversationType as the TYPES enum.
const C2C = 'C2C' as unknown as TencentCloudChat.TYPES;
before(() => fx.start({ seedUsers: ['alice', 'bob', 'carol', 'dave'] }));

test('a C2C text sent by alice arrives at bob with text and sender', async () => {
  const alice = await fx.loggedIn('alice');
  const bob = await fx.loggedIn('bob');
  const received = bob.next<Message[]>('onMessageReceived', (list) =>
    list.some((m) => m.from === 'alice'),
  );
  const msg = alice.chat.createTextMessage({
    to: 'bob',
    conversationType: C2C,
    payload: { text: 'hello bob' },
  });
  await alice.chat.sendMessage(msg);
  const [m] = (await received).filter((x) => x.from === 'alice');
  assert.ok(m);
  assert.equal(m.from, 'alice');
  assert.equal(m.to, 'bob');
  assert.equal((m.payload as { text: string }).text, 'hello bob');
});

test('a message to an offline user is delivered at their next login', async () => {
  const carol = await fx.loggedIn('carol');
  const msg = carol.chat.createTextMessage({
    to: 'dave',
    conversationType: C2C,
    payload: { text: 'while you were out' },
  });
  await carol.chat.sendMessage(msg);
  const dave = await fx.loggedIn('dave');
  const { data } = await dave.chat.getMessageList({ conversationID: 'C2Ccarol' });
  const texts = (data.messageList as Message[]).map((m) => (m.payload as { text: string }).text);
  assert.deepEqual(texts, ['while you were out']);
  const conv = (await dave.chat.getConversationProfile('C2Ccarol')).data
    .conversation as Conversation;
  assert.equal(conv.unreadCount, 1);
});
