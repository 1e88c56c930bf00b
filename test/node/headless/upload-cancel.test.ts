// messages.cancelUpload in Node: the SDK sends no media here (no XMLHttpRequest for the upload
// plugin, and createFileMessage wants a browser file), so nothing is ever uploading and a cancel
// is refused with a clear TimError instead of hanging or throwing something else.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startEmulator, type EmulatorHandle } from '@tim-kit/emulator';
import { TimErrorCode, createChat, createTimCore, type TimCore } from '@tim-kit/headless';
import { quietRecordingLog } from '../../support/servcmd-recorder.js';
import { WebSocket } from '../support/node-websocket.js';

describe('headless cancelUpload in Node', () => {
  let emulator: EmulatorHandle;
  let core: TimCore;
  const conversationID = 'C2Cnode-cancel-peer';

  before(async () => {
    emulator = await startEmulator({
      port: 0,
      data: ':memory:',
      dev: true,
      ...quietRecordingLog(),
      seedUsers: ['node-cancel-peer'],
    });
    const chat = await createChat({
      WebSocket,
      SDKAppID: emulator.sdkAppID,
      proxyServer: emulator.wsUrl,
      logLevel: 4,
    });
    core = createTimCore({ chat, loginTimeoutMs: 10_000 });
    await core.auth.login({ userID: 'node-cancel', userSig: emulator.genUserSig('node-cancel') });
  });

  after(async () => {
    await core?.shutdown();
    await emulator?.close();
  });

  test('refuses with INVALID_ARGUMENT: no message is uploading', async () => {
    await assert.rejects(core.messages.cancelUpload(conversationID, 'nope'), {
      code: TimErrorCode.INVALID_ARGUMENT,
    });
  });
});
