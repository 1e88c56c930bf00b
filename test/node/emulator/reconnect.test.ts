import type TencentCloudChat from '@tencentcloud/chat';
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Conversation, Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';

const fx = useEmulator();
// TYPES.CONV_C2C is 'C2C'; the .d.ts types conversationType as the TYPES enum.
const C2C = 'C2C' as unknown as TencentCloudChat.TYPES;
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
    alice.chat.createTextMessage({
      to: 'bob',
      conversationType: C2C,
      payload: { text: 'sent while you were away' },
    }),
  );
  const TEXT = 'sent while you were away';
  const back = bob.next(EVENT.NET_STATE_CHANGE, state(TYPES.NET_STATE_CONNECTED), 15000);
  // After its re-login the SDK syncs with openim.getmsg as "offline" messages:
  // they update the conversation (no MESSAGE_RECEIVED), as with Tencent's server.
  const synced = bob.next<Conversation[]>(
    EVENT.CONVERSATION_LIST_UPDATED,
    (list) =>
      list.some(
        (c) =>
          c.conversationID === 'C2Calice' &&
          (c.lastMessage.payload as { text?: string }).text === TEXT,
      ),
    15000,
  );
  await back;
  await synced;
  const { data } = await bob.chat.getMessageList({ conversationID: 'C2Calice' });
  assert.deepEqual(
    (data.messageList as Message[]).map((m) => (m.payload as { text: string }).text),
    [TEXT],
  );
});
