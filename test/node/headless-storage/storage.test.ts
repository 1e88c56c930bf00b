// Local storage is an IndexedDB cache; Node has no IndexedDB, so it must say so clearly instead
// of failing somewhere deep inside. Notifications degrade too: there is no Notification API.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startEmulator, type EmulatorHandle } from '@tim-kit/emulator';
import {
  TimError,
  TimErrorCode,
  createTimCore,
  type ChatSDK,
  type TimCore,
} from '@tim-kit/headless';
import { createSdkClient, type SdkClient } from '../support/sdk-client.js';
import { quietRecordingLog } from '../../support/servcmd-recorder.js';

describe('headless storage and notifications in Node', () => {
  let emulator: EmulatorHandle;
  let core: TimCore;

  let client: SdkClient;
  const userID = 'node-storage';

  before(async () => {
    emulator = await startEmulator({
      port: 0,
      data: ':memory:',
      dev: true,
      ...quietRecordingLog(),
    });
    // The support client creates a real SDK and knows how to shut it down cleanly in Node.
    client = await createSdkClient(emulator, userID);
    core = createTimCore({ chat: client.chat as unknown as ChatSDK, loginTimeoutMs: 10_000 });
  });

  after(async () => {
    core?.destroy();
    await client?.destroy();
    await emulator?.close();
  });

  test('initStorage rejects with STORAGE_UNAVAILABLE because Node has no IndexedDB', async () => {
    assert.equal(typeof (globalThis as { indexedDB?: unknown }).indexedDB, 'undefined');
    await assert.rejects(core.storage.initStorage('node-user'), (error: unknown) => {
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

  test('notifications report "unsupported" without a Notification API', async () => {
    assert.equal(core.notifications.$permission.get(), 'unsupported');
    assert.equal(await core.notifications.requestPermission(), 'unsupported');
  });

  test('push settings need a logged-in user', async () => {
    await assert.rejects(core.notifications.setSettings({ group: false }), {
      code: TimErrorCode.NOT_LOGGED_IN,
    });
  });

  test('push settings live in memory where there is no localStorage', async () => {
    await core.auth.login({ userID, userSig: emulator.genUserSig(userID) });
    await core.notifications.setAPNS({ openPush: 2, groupSound: 'horn.mp3' });
    assert.deepEqual(await core.notifications.getAPNS(), {
      openPush: 2,
      c2cSound: '',
      groupSound: 'horn.mp3',
    });
    assert.deepEqual(core.notifications.offlinePushInfo('GROUP@TGS#1'), {
      disablePush: true,
      androidInfo: { sound: 'horn.mp3' },
      apnsInfo: { sound: 'horn.mp3' },
    });
  });
});
