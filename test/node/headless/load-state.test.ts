// `$loadState` of the list domains: 'pending' while signing in and until the first list of the
// session arrives (even an empty one), so an app can tell "no friends" from "not fetched yet".
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startEmulator, type EmulatorHandle } from '@tim-kit/emulator';
import { createChat, createTimCore, type TimCore, type TimLoadState } from '@tim-kit/headless';
import type { ReadableAtom } from 'nanostores';
import { quietRecordingLog } from '../../support/servcmd-recorder.js';
import { WebSocket } from '../support/node-websocket.js';

// Node 20 has no global WebSocket. Use the emulator's ws 8 (the repo root resolves an older 7.x).

async function until(read: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!read()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('$loadState', () => {
  let emulator: EmulatorHandle;
  let core: TimCore;
  const userID = 'load-state-user';
  const states = (): Record<string, ReadableAtom<TimLoadState>> => ({
    conversations: core.conversations.$loadState,
    friends: core.friends.$loadState,
    applications: core.friends.$applicationsLoadState,
    blacklist: core.blacklist.$loadState,
    groups: core.groups.$loadState,
    profile: core.profile.$loadState,
  });
  const values = (): Record<string, TimLoadState> =>
    Object.fromEntries(Object.entries(states()).map(([name, $]) => [name, $.get()]));
  const all = (state: TimLoadState): Record<string, TimLoadState> =>
    Object.fromEntries(Object.keys(states()).map((name) => [name, state]));

  before(async () => {
    emulator = await startEmulator({
      port: 0,
      data: ':memory:',
      dev: true,
      ...quietRecordingLog(),
    });
    const chat = await createChat({
      WebSocket,
      SDKAppID: emulator.sdkAppID,
      proxyServer: emulator.wsUrl,
      logLevel: 4,
    });
    core = createTimCore({ chat, loginTimeoutMs: 30_000 });
  });

  after(async () => {
    emulator?.resumeReplies();
    await core?.shutdown();
    await emulator?.close();
  });

  test('every list is pending before the login and while it is in flight', async () => {
    assert.deepEqual(values(), all('pending'));
    emulator.pauseReplies();
    const login = core.auth.login({ userID, userSig: emulator.genUserSig(userID) });
    assert.equal(core.auth.$loginStatus.get(), 'logging-in');
    assert.deepEqual(values(), all('pending'));
    emulator.resumeReplies();
    await login;
  });

  test('every list turns loaded once it arrived, though all of them are empty', async () => {
    await until(() => Object.values(values()).every((s) => s === 'loaded'), 'every list loaded');
    assert.deepEqual(core.friends.$friends.get(), []);
    assert.deepEqual(core.blacklist.$blacklist.get(), []);
    assert.deepEqual(core.conversations.$conversations.get(), []);
  });

  test('a logout makes every list pending again', async () => {
    await core.auth.logout();
    assert.deepEqual(values(), all('pending'));
  });
});
