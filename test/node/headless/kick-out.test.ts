// A second web login of the same user kicks the first (one web instance per user); the core
// must say so instead of silently going quiet.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startEmulator, type EmulatorHandle } from '@tim-kit/emulator';
import type { TimCore } from '@tim-kit/headless';
import { createSdkClient, guardSdkRejections, type SdkClient } from '../support/sdk-client.js';
import { quietRecordingLog } from '../../support/servcmd-recorder.js';
import { nodeCore, unrefIntervals } from '../support/node-websocket.js';

// The SDK leaks an interval around a kick, which must not hold Node open.
const restoreIntervals = unrefIntervals();

let emulator: EmulatorHandle;
let core: TimCore;
let second: SdkClient | undefined;
let unguard: () => void;

before(async () => {
  unguard = guardSdkRejections();
  emulator = await startEmulator({ port: 0, data: ':memory:', dev: true, ...quietRecordingLog() });
  core = await nodeCore(emulator);
  await core.auth.login({ userID: 'kick-me', userSig: emulator.genUserSig('kick-me') });
});

after(async () => {
  await second?.destroy();
  core?.destroy();
  await core?.chat.destroy().catch(() => undefined);
  await emulator?.close();
  unguard?.();
  restoreIntervals();
});

test('a second login of the same user elsewhere sets $loginStatus to kicked-out', async () => {
  second = await createSdkClient(emulator, 'kick-me');
  await second.login();
  const deadline = Date.now() + 8000;
  while (core.auth.$loginStatus.get() !== 'kicked-out' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  assert.equal(core.auth.$loginStatus.get(), 'kicked-out');
  assert.equal(core.auth.$connection.get(), 'disconnected');
});

test('logs in again after a kick-out', async () => {
  // The other instance leaves first, or this login would kick it in turn.
  await second?.destroy();
  second = undefined;
  const user = await core.auth.login({
    userID: 'kick-me',
    userSig: emulator.genUserSig('kick-me'),
  });
  assert.equal(user.userID, 'kick-me');
  assert.equal(core.auth.$loginStatus.get(), 'logged-in');
});
