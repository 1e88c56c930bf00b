import type TencentCloudChat from '@tencentcloud/chat';
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';

const fx = useEmulator();
// TYPES.CONV_C2C is 'C2C'; the .d.ts types conversationType as the TYPES enum.
const C2C = 'C2C' as unknown as TencentCloudChat.TYPES;
before(() => fx.start({ seedUsers: ['alice', 'bob'] }));

test('history pages 15 then 5 with isCompleted, oldest first within a page', async () => {
  const sender = await fx.loggedIn('alice');
  for (let i = 1; i <= 20; i++) {
    const m = sender.chat.createTextMessage({
      to: 'bob',
      conversationType: C2C,
      payload: { text: `m${i}` },
    });
    await sender.chat.sendMessage(m);
  }
  await sender.destroy();
  // A fresh instance has nothing cached, so every page comes from openim.getroammsg.
  const alice = await fx.loggedIn('alice');
  const first = await alice.chat.getMessageList({ conversationID: 'C2Cbob' });
  const text = (list: Message[]): string[] => list.map((m) => (m.payload as { text: string }).text);
  assert.deepEqual(
    text(first.data.messageList),
    Array.from({ length: 15 }, (_, i) => `m${i + 6}`),
  );
  assert.equal(first.data.isCompleted, false);
  const second = await alice.chat.getMessageList({
    conversationID: 'C2Cbob',
    nextReqMessageID: first.data.nextReqMessageID,
  });
  assert.deepEqual(text(second.data.messageList), ['m1', 'm2', 'm3', 'm4', 'm5']);
  assert.equal(second.data.isCompleted, true);
});
