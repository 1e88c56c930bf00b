import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';

const fx = useEmulator();
before(() => fx.start({ seedUsers: ['alice', 'bob'] }));

test('after the server drops its socket the SDK reconnects and gets what was sent meanwhile', async () => {
  const alice = await fx.loggedIn('alice');
  const bob = await fx.loggedIn('bob');
  const { EVENT, TYPES } = bob.TencentCloudChat;
  const state = (s: string) => (d: { state: string }) => d.state === s;
  const lost = bob.next(EVENT.NET_STATE_CHANGE, state(TYPES.NET_STATE_DISCONNECTED), 10000);
  fx.emu().dropSockets('bob');
  await lost;
  // bob has no socket now: this message can only reach him through openim.getmsg.
  await alice.chat.sendMessage(
    alice.chat.createTextMessage({ to: 'bob', conversationType: 'C2C', payload: { text: 'sent while you were away' } }),
  );
  const back = bob.next(EVENT.NET_STATE_CHANGE, state(TYPES.NET_STATE_CONNECTED), 15000);
  const received = bob.next<Message[]>(
    EVENT.MESSAGE_RECEIVED,
    (list) => list.some((m) => (m.payload as { text?: string }).text === 'sent while you were away'),
    15000,
  );
  await back;
  await received;
  assert.equal(bob.chat.isReady(), true);
});
