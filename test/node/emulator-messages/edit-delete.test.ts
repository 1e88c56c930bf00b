import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import { sendText, textOf } from './support.js';

const fx = useEmulator();
before(() => fx.start({ seedUsers: ['alice', 'bob', 'carol', 'dave', 'erin', 'fred'] }));

test('a modified message reaches the peer as MESSAGE_MODIFIED with the new text', async () => {
  const alice = await fx.loggedIn('alice');
  const bob = await fx.loggedIn('bob');
  const arrived = bob.next<Message[]>('onMessageReceived');
  const sent = await sendText(alice, 'bob', 'teh typo');
  await arrived;
  const modified = bob.next<Message[]>('onMessageModified');
  (sent.payload as { text: string }).text = 'the typo';
  const r = await alice.chat.modifyMessage(sent);
  assert.equal(textOf(r.data.message as Message), 'the typo');
  const [m] = await modified;
  assert.equal(m?.ID, sent.ID);
  assert.equal(textOf(m as Message), 'the typo');
});

test('delete for me hides the message from my history but not from the peer', async () => {
  let carol = await fx.loggedIn('carol');
  await sendText(carol, 'dave', 'keep');
  const gone = await sendText(carol, 'dave', 'forget me');
  await carol.chat.deleteMessage([gone]);
  await carol.destroy();
  carol = await fx.loggedIn('carol');
  const mine = await carol.chat.getMessageList({ conversationID: 'C2Cdave' });
  assert.deepEqual((mine.data.messageList as Message[]).map(textOf), ['keep']);
  const dave = await fx.loggedIn('dave');
  const theirs = await dave.chat.getMessageList({ conversationID: 'C2Ccarol' });
  assert.deepEqual((theirs.data.messageList as Message[]).map(textOf), ['keep', 'forget me']);
});

test('a modify from a stale copy conflicts and hands back the latest text', async () => {
  const erin = await fx.loggedIn('erin');
  const sent = await sendText(erin, 'fred', 'v0');
  (sent.payload as { text: string }).text = 'v1';
  await erin.chat.modifyMessage(sent);
  // Rewinding the version stands for a copy that missed that edit (another device that was
  // offline): it edits from version 0 again.
  (sent as Message & { version: number }).version = 0;
  (sent.payload as { text: string }).text = 'v1 elsewhere';
  const err = await erin.chat.modifyMessage(sent).then(
    () => undefined,
    (e: { code?: number; data?: { message?: Message } }) => e,
  );
  assert.equal(err?.code, 2480);
  assert.equal(textOf(err?.data?.message as Message), 'v1');
});
