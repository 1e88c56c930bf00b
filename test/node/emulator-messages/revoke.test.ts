import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message, Conversation } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import { sendText, testClock } from './support.js';

const fx = useEmulator();
const clock = testClock();
before(() => fx.start({ seedUsers: ['alice', 'bob', 'carol', 'dave'], now: clock.now }));

test('a message revoked within 2 minutes shows as revoked to the peer, live and in history', async () => {
  const alice = await fx.loggedIn('alice');
  let bob = await fx.loggedIn('bob');
  const arrived = bob.next<Message[]>('onMessageReceived');
  const sent = await sendText(alice, 'bob', 'oops');
  await arrived;
  const revoked = bob.next<Message[]>('onMessageRevoked');
  await alice.chat.revokeMessage(sent);
  const [live] = await revoked;
  assert.equal(live?.ID, sent.ID);
  assert.equal(live?.isRevoked, true);

  await bob.destroy();
  bob = await fx.loggedIn('bob');
  const { data } = await bob.chat.getMessageList({ conversationID: 'C2Calice' });
  const last = (data.messageList as Message[]).at(-1);
  assert.equal(last?.isRevoked, true);
  const conv = (await bob.chat.getConversationProfile('C2Calice')).data
    .conversation as Conversation;
  assert.equal(conv.lastMessage.isRevoked, true);
});

test('revoking a message older than 2 minutes fails with 20016', async () => {
  const carol = await fx.loggedIn('carol');
  const sent = await sendText(carol, 'dave', 'too late to take back');
  clock.advance(121);
  await assert.rejects(carol.chat.revokeMessage(sent), (e: { code: number }) => e.code === 20016);
});
