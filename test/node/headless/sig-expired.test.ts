// A UserSig that expires while the user is logged in: the emulator refuses the next request or
// heartbeat with 70001, the SDK reports KICKED_OUT (userSigExpired) and the core must say so.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startEmulator, type EmulatorHandle } from '@tim-kit/emulator';
import type { TimCore } from '@tim-kit/headless';
import { guardSdkRejections } from '../support/sdk-client.js';
import { quietRecordingLog } from '../../support/servcmd-recorder.js';
import { nodeCore, unrefIntervals } from '../support/node-websocket.js';

// The SDK leaks an interval around a kick, which must not hold Node open.
const restoreIntervals = unrefIntervals();

let emulator: EmulatorHandle;
let core: TimCore;
let unguard: () => void;

before(async () => {
  unguard = guardSdkRejections();
  emulator = await startEmulator({ port: 0, data: ':memory:', dev: true, ...quietRecordingLog() });
  core = await nodeCore(emulator);
  // Valid for 3 seconds: long enough to log in, then it lapses while logged in.
  await core.auth.login({ userID: 'short-sig', userSig: emulator.genUserSig('short-sig', 3) });
});

after(async () => {
  core?.destroy();
  await core?.chat.destroy().catch(() => undefined);
  await emulator?.close();
  unguard?.();
  restoreIntervals();
});

test('a UserSig that expires while logged in sets $loginStatus to sig-expired', async () => {
  assert.equal(core.auth.$loginStatus.get(), 'logged-in');
  // The SDK's heartbeat runs about every 10 s; the first one after expiry is refused.
  const deadline = Date.now() + 40_000;
  while (core.auth.$loginStatus.get() !== 'sig-expired' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.equal(core.auth.$loginStatus.get(), 'sig-expired');
});
