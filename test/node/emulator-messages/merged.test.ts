import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import { C2C, sendText, textOf } from './support.js';

const fx = useEmulator();
before(() => fx.start({ seedUsers: ['alice', 'bob'] }));

test('a large merged message is stored server side and the receiver downloads its messages', async () => {
  const alice = await fx.loggedIn('alice');
  const bob = await fx.loggedIn('bob');
  // Over 11,264 bytes of JSON makes the SDK upload the list (save_relay_json_msg).
  const texts = ['a', 'b', 'c', 'd'].map((ch) => ch.repeat(3500));
  const originals: Message[] = [];
  for (const t of texts) originals.push(await sendText(alice, 'bob', t));
  const arrived = bob.next<Message[]>('onMessageReceived', (l) =>
    l.some((m) => m.type === bob.TencentCloudChat.TYPES.MSG_MERGER),
  );
  const merger = alice.chat.createMergerMessage({
    to: 'bob',
    conversationType: C2C,
    payload: {
      messageList: originals,
      title: 'chat history',
      abstractList: ['alice: a...'],
      compatibleText: 'upgrade to view',
    },
  });
  await alice.chat.sendMessage(merger);
  const received = (await arrived).find((m) => m.type === bob.TencentCloudChat.TYPES.MSG_MERGER);
  assert.ok(received);
  const r = await bob.chat.downloadMergerMessage(received);
  const list = (r.payload as { messageList: Message[] }).messageList;
  assert.deepEqual(
    list.map(
      (m) =>
        (m as unknown as { messageBody: { payload: { text: string } }[] }).messageBody[0]?.payload
          .text,
    ),
    texts,
  );
  assert.equal(textOf(originals[0] as Message), texts[0]);
});
