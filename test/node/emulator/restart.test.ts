import type TencentCloudChat from '@tencentcloud/chat';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'tim-emulator-'));
const data = join(dir, 'state.sqlite');
const fx = useEmulator();
// TYPES.CONV_C2C is 'C2C'; the .d.ts types conversationType as the TYPES enum.
const C2C = 'C2C' as unknown as TencentCloudChat.TYPES;
before(() => fx.start({ data, seedUsers: ['alice', 'bob'] }));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a restart on the same data file keeps history and accepts the A2 re-login', async () => {
  const first = fx.emu();
  const alice = await fx.loggedIn('alice');
  const { EVENT, TYPES } = alice.TencentCloudChat;
  const send = (text: string) =>
    alice.chat.sendMessage(
      alice.chat.createTextMessage({ to: 'bob', conversationType: C2C, payload: { text } }),
    );
  await send('before restart');

  const lost = alice.next(
    EVENT.NET_STATE_CHANGE,
    (d: { state: string }) => d.state === TYPES.NET_STATE_DISCONNECTED,
    10000,
  );
  await first.kill();
  await lost;
  // Same port, same file; the secret comes from <data>.secret.
  const back = alice.next(
    EVENT.NET_STATE_CHANGE,
    (d: { state: string }) => d.state === TYPES.NET_STATE_CONNECTED,
    20000,
  );
  const second = await fx.start({ data, port: first.port });
  assert.equal(second.secret, first.secret);
  await back;
  await send('after restart');

  const bob = await fx.loggedIn('bob');
  const { data: page } = await bob.chat.getMessageList({ conversationID: 'C2Calice' });
  const texts = (page.messageList as Message[]).map((m) => (m.payload as { text: string }).text);
  assert.deepEqual(texts, ['before restart', 'after restart']);
});
