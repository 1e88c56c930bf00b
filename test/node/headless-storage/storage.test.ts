// Local storage is an IndexedDB cache; Node has no IndexedDB, so it must say so clearly instead
// of failing somewhere deep inside. Notifications degrade too: no Notification API, settings in
// memory (there is no localStorage either).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { startEmulator, type EmulatorHandle } from '@tim-kit/emulator';
import { TimError, TimErrorCode, createChat, createTimCore, type TimCore } from '@tim-kit/headless';

const requireFromEmulator = createRequire(
  new URL('../../../packages/emulator/package.json', import.meta.url),
);
(globalThis as { WebSocket?: unknown }).WebSocket ??= (
  requireFromEmulator('ws') as { WebSocket: unknown }
).WebSocket;

describe('headless storage and notifications in Node', () => {
  let emulator: EmulatorHandle;
  let core: TimCore;
  const userID = 'node-storage';

  before(async () => {
    emulator = await startEmulator({ port: 0, data: ':memory:', dev: true, log: false });
    const chat = await createChat({
      SDKAppID: emulator.sdkAppID,
      proxyServer: emulator.wsUrl,
      logLevel: 4,
    });
    core = createTimCore({ chat, loginTimeoutMs: 10_000 });
  });

  after(async () => {
    if (core) {
      await core.auth.logout().catch(() => undefined);
      console.log('DBG logged out');
      core.destroy();
      await core.chat.destroy().catch(() => undefined);
      console.log('DBG chat destroyed');
    }
    await emulator?.close();
    console.log('DBG emulator closed');
  });

  test('initStorage rejects with STORAGE_UNAVAILABLE because Node has no IndexedDB', async () => {
    assert.equal(typeof (globalThis as { indexedDB?: unknown }).indexedDB, 'undefined');
    await assert.rejects(core.storage.initStorage(userID), (error: unknown) => {
      assert.ok(error instanceof TimError);
      assert.equal(error.code, TimErrorCode.STORAGE_UNAVAILABLE);
      assert.equal(error.operation, 'storage.initStorage');
      assert.match(error.message, /needs IndexedDB/);
      return true;
    });
  });

  test('the cache stays closed after the failed initStorage', async () => {
    await assert.rejects(core.storage.getLocalMessages('C2Cbob'), {
      code: TimErrorCode.STORAGE_NOT_INITIALIZED,
    });
    assert.equal(core.storage.$identifier.get(), null);
  });

  test('login still works, and push settings are kept in memory', async () => {
    await core.auth.login({ userID, userSig: emulator.genUserSig(userID) });
    await core.notifications.setSettings({ group: false });
    assert.equal((await core.notifications.getSettings()).group, false);
    assert.deepEqual(await core.notifications.getAPNS(), {
      openPush: 1,
      c2cSound: '',
      groupSound: '',
    });
  });

  test('notifications report "unsupported" without a Notification API', async () => {
    assert.equal(core.notifications.$permission.get(), 'unsupported');
    assert.equal(await core.notifications.requestPermission(), 'unsupported');
  });
});
