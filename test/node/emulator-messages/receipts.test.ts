import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import { findConv, loginWithList, sendText, textOf } from './support.js';

const fx = useEmulator();
before(() => fx.start({ seedUsers: ['alice', 'bob', 'carol', 'dave', 'erin', 'frank'] }));

test('a read receipt reaches the sender as MESSAGE_READ_RECEIPT_RECEIVED', async () => {
  const alice = await fx.loggedIn('alice');
  const bob = await fx.loggedIn('bob');
  const arrived = bob.next<Message[]>('onMessageReceived');
  const sent = await sendText(alice, 'bob', 'did you read this?', { needReadReceipt: true });
  const received = await arrived;
  const receipt = alice.next<{ messageID: string; isPeerRead: boolean }[]>(
    'onMessageReadReceiptReceived',
  );
  await bob.chat.sendMessageReadReceipt(received);
  const [info] = await receipt;
  assert.equal(info?.messageID, sent.ID);
  assert.equal(info?.isPeerRead, true);
});

test('marking all C2C messages read clears unread counts, also after a new login', async () => {
  const carol = await fx.loggedIn('carol');
  await sendText(carol, 'dave', 'one');
  await sendText(carol, 'erin', 'two');
  let { client: dave, list } = await loginWithList(fx, 'dave');
  assert.equal(findConv(list, 'C2Ccarol').unreadCount, 1);
  await dave.chat.setAllMessageRead({ scope: dave.TencentCloudChat.TYPES.READ_ALL_C2C_MSG });
  await dave.destroy();
  ({ client: dave, list } = await loginWithList(fx, 'dave'));
  assert.equal(findConv(list, 'C2Ccarol').unreadCount, 0);
});

test('an online-only message reaches an online peer but is never stored or delivered later', async () => {
  const erin = await fx.loggedIn('erin');
  let frank = await fx.loggedIn('frank');
  const arrived = frank.next<Message[]>('onMessageReceived');
  await sendText(erin, 'frank', 'typing...', { onlineUserOnly: true });
  assert.equal(textOf((await arrived)[0] as Message), 'typing...');
  await frank.destroy();
  await sendText(erin, 'frank', 'while offline', { onlineUserOnly: true });
  await sendText(erin, 'frank', 'stored');
  frank = await fx.loggedIn('frank');
  const { data } = await frank.chat.getMessageList({ conversationID: 'C2Cerin' });
  assert.deepEqual((data.messageList as Message[]).map(textOf), ['stored']);
});
