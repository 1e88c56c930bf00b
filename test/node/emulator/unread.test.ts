import type TencentCloudChat from '@tencentcloud/chat';
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Conversation } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import type { SdkClient } from '../support/sdk-client.js';

const fx = useEmulator();
// TYPES.CONV_C2C is 'C2C'; the .d.ts types conversationType as the TYPES enum.
const C2C = 'C2C' as unknown as TencentCloudChat.TYPES;
before(() => fx.start({ seedUsers: ['alice', 'bob'] }));

async function unread(c: SdkClient, conversationID: string): Promise<number> {
  const { data } = await c.chat.getConversationProfile(conversationID);
  return (data.conversation as Conversation).unreadCount;
}

test('unread count on the receiver, 0 after setMessageRead, still 0 after re-login', async () => {
  const alice = await fx.loggedIn('alice');
  const bob = await fx.loggedIn('bob');
  const EVENT = bob.TencentCloudChat.EVENT;
  for (const text of ['one', 'two', 'three']) {
    const got = bob.next(EVENT.MESSAGE_RECEIVED);
    await alice.chat.sendMessage(
      alice.chat.createTextMessage({ to: 'bob', conversationType: C2C, payload: { text } }),
    );
    await got;
  }
  assert.equal(await unread(bob, 'C2Calice'), 3);
  await bob.chat.setMessageRead({ conversationID: 'C2Calice' });
  assert.equal(await unread(bob, 'C2Calice'), 0);
  await bob.destroy();
  // SDK_READY comes before the first conversation page: wait for the list event.
  const bobAgain = await fx.client('bob');
  const listed = bobAgain.next<Conversation[]>(EVENT.CONVERSATION_LIST_UPDATED, (list) =>
    list.some((c) => c.conversationID === 'C2Calice'),
  );
  await bobAgain.login();
  const conv = (await listed).find((c) => c.conversationID === 'C2Calice');
  assert.ok(conv, 'conversation with alice is listed after re-login');
  assert.equal(conv.unreadCount, 0);
});
