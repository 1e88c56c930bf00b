// The headless core over the real SDK in Node, against an in-process emulator. The peer is a
// second, independent SDK copy (test/node/support/sdk-client.ts).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startEmulator, type EmulatorHandle } from '@tim-kit/emulator';
import {
  TimError,
  createChat,
  createTimCore,
  type TimConversation,
  type TimCore,
} from '@tim-kit/headless';
import { createSdkClient, delay, type SdkClient } from '../support/sdk-client.js';
import { quietRecordingLog } from '../../support/servcmd-recorder.js';
import { WebSocket } from '../support/node-websocket.js';

// Node 20 has no global WebSocket. Use the emulator's ws 8 (the repo root resolves an older 7.x).

async function until<T>(read: () => T, what: string, timeoutMs = 8000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('headless core in Node', () => {
  let emulator: EmulatorHandle;
  let core: TimCore;
  let peer: SdkClient;
  const userID = 'node-alice';
  let pageVisible = true;
  const unreadOf = (conversationID: string): number | undefined =>
    core.conversations.$conversations.get().find((c) => c.conversationID === conversationID)
      ?.unreadCount;

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
    core = createTimCore({ chat, loginTimeoutMs: 10_000, isPageVisible: () => pageVisible });
    peer = await createSdkClient(emulator, 'node-bob');
    await peer.login();
  });

  after(async () => {
    await peer?.destroy();
    if (core) {
      await core.auth.logout().catch(() => undefined);
      core.destroy();
      await core.chat.destroy().catch(() => undefined);
    }
    await emulator?.close();
  });

  test('login reports the user and a connected socket', async () => {
    const user = await core.auth.login({ userID, userSig: emulator.genUserSig(userID) });
    assert.equal(user.userID, userID);
    assert.equal(core.auth.$loginStatus.get(), 'logged-in');
    assert.deepEqual(core.auth.$user.get(), user);
    await until(() => core.auth.$connection.get() === 'connected', '$connection connected');
  });

  test('a text from the peer shows in the conversation list with one unread', async () => {
    const message = peer.chat.createTextMessage({
      to: userID,
      conversationType: peer.TencentCloudChat.TYPES.CONV_C2C,
      payload: { text: 'hi from node-bob' },
    });
    await peer.chat.sendMessage(message);
    const find = (): TimConversation | undefined =>
      core.conversations.$conversations.get().find((c) => c.conversationID === 'C2Cnode-bob');
    const conversation = await until(() => find()?.lastMessage && find(), 'the conversation');
    assert.equal(conversation.unreadCount, 1);
    assert.equal(conversation.lastMessage?.preview, 'hi from node-bob');
    assert.equal(core.conversations.$totalUnread.get(), 1);
  });

  test('opening a conversation while the page is hidden leaves it unread', async () => {
    pageVisible = false;
    core.conversations.setActive('C2Cnode-bob');
    await delay(500);
    assert.equal(unreadOf('C2Cnode-bob'), 1);
  });

  test('opening a conversation while the page is visible marks it read', async () => {
    pageVisible = true;
    core.conversations.setActive('C2Cnode-bob');
    await until(() => unreadOf('C2Cnode-bob') === 0, 'unread 0');
    assert.equal(core.conversations.$totalUnread.get(), 0);
  });

  test('sendText reaches the peer and ends as sent', async () => {
    const received = peer.next<Array<{ from: string; payload: { text?: string } }>>(
      peer.TencentCloudChat.EVENT.MESSAGE_RECEIVED,
      (messages) => messages.some((m) => m.payload.text === 'hello back'),
    );
    const sent = await core.messages.sendText('C2Cnode-bob', 'hello back');
    assert.equal(sent.status, 'sent');
    const messages = await received;
    assert.equal(messages.find((m) => m.payload.text === 'hello back')?.from, userID);
  });

  test('loadOlder returns the exchange, oldest first', async () => {
    const thread = core.messages.thread('C2Cnode-bob');
    await thread.loadOlder();
    assert.deepEqual(
      thread.$messages.get().map((m) => [m.text, m.fromSelf]),
      [
        ['hi from node-bob', false],
        ['hello back', true],
      ],
    );
    assert.equal(thread.$isComplete.get(), true);
  });

  test('actions reject with TimError once logged out', async () => {
    await core.auth.logout();
    await assert.rejects(core.messages.sendText('C2Cnode-bob', 'late'), (error: unknown) => {
      assert.ok(error instanceof TimError);
      assert.equal(error.code, 2024);
      return true;
    });
  });
});
