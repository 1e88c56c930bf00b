// Two headless cores in one Node process (two independent SDK copies) against an in-process
// emulator: requests, confirmations, profiles, blocking and friend groups as both users see them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startEmulator, type EmulatorHandle } from '@tim-kit/emulator';
import { TimError, createChat, createTimCore, type TimCore } from '@tim-kit/headless';
import { createSdkClient, type SdkClient } from '../support/sdk-client.js';
import { quietRecordingLog } from '../../support/servcmd-recorder.js';
import { WebSocket } from '../support/node-websocket.js';

async function until<T>(read: () => T, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const friendIDs = (core: TimCore): string[] => core.friends.$friends.get().map((f) => f.userID);

describe('relations between two headless cores', () => {
  let emulator: EmulatorHandle;
  let alice: TimCore;
  let bob: TimCore;
  let bobClient: SdkClient;

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
    alice = createTimCore({ chat, loginTimeoutMs: 10_000 });
    // A second SDK copy: the SDK keeps one instance per SDKAppID per module instance.
    bobClient = await createSdkClient(emulator, 'rel-bob');
    bob = createTimCore({ chat: bobClient.chat, loginTimeoutMs: 10_000 });
    await alice.auth.login({ userID: 'rel-alice', userSig: emulator.genUserSig('rel-alice') });
    await bob.auth.login({ userID: 'rel-bob', userSig: emulator.genUserSig('rel-bob') });
  });

  after(async () => {
    for (const core of [alice, bob]) {
      if (!core) continue;
      await core.auth.logout().catch(() => undefined);
      core.destroy();
    }
    await alice?.chat.destroy().catch(() => undefined);
    await bobClient?.destroy();
    await emulator?.close();
  });

  test('a request to a user who confirms stays pending until they agree', async () => {
    await bob.profile.updateSelf({ allowType: 'need-confirm', nick: 'Bob' });
    const result = await alice.friends.add({ userID: 'rel-bob', wording: 'hi, it is Alice' });
    assert.deepEqual(result, { userID: 'rel-bob', status: 'pending', code: 30539 });

    const incoming = await until(
      () => bob.friends.$applications.get().find((a) => a.userID === 'rel-alice'),
      'the request at bob',
    );
    assert.equal(incoming.direction, 'incoming');
    assert.equal(incoming.wording, 'hi, it is Alice');
    assert.equal(bob.friends.$unreadApplicationCount.get(), 1);
    await until(
      () => alice.friends.$applications.get().find((a) => a.direction === 'outgoing'),
      'the outgoing request at alice',
    );

    await bob.friends.respond({ userID: 'rel-alice', action: 'agree-and-add', remark: 'Ali' });
    await until(() => friendIDs(alice).includes('rel-bob'), 'bob in alice’s list');
    await until(() => friendIDs(bob).includes('rel-alice'), 'alice in bob’s list');
    assert.equal(bob.friends.$friends.get().find((f) => f.userID === 'rel-alice')?.name, 'Ali');
    assert.equal(alice.friends.$friends.get().find((f) => f.userID === 'rel-bob')?.name, 'Bob');
    await until(() => bob.friends.$applications.get().length === 0, 'bob’s request list empty');
  });

  test('a friend’s profile change reaches the other core', async () => {
    await bob.profile.updateSelf({ nick: 'Robert', signature: 'on holiday' });
    assert.equal(bob.profile.$self.get()?.nick, 'Robert');
    const friend = await until(
      () =>
        alice.friends.$friends
          .get()
          .find((f) => f.userID === 'rel-bob' && f.profile.nick === 'Robert'),
      'the new nick in alice’s friend list',
    );
    assert.equal(friend.profile.signature, 'on holiday');
    assert.equal(alice.profile.cachedProfile('rel-bob')?.nick, 'Robert');
  });

  test('friend groups: create with a friend, rename, remove the friend, delete', async () => {
    await alice.friendGroups.create('Work', ['rel-bob']);
    await until(
      () => alice.friends.$friends.get().find((f) => f.groups.includes('Work')),
      'bob in Work',
    );
    await alice.friendGroups.rename('Work', 'Office');
    assert.deepEqual(alice.friendGroups.$groups.get(), [{ name: 'Office', userIDs: ['rel-bob'] }]);
    const removed = await alice.friendGroups.removeFriends('Office', ['rel-bob']);
    assert.deepEqual(removed, { succeeded: ['rel-bob'], failed: [] });
    await alice.friendGroups.remove(['Office']);
    assert.deepEqual(alice.friendGroups.$groups.get(), []);
  });

  test('removing a friend on both sides empties both lists', async () => {
    const result = await alice.friends.remove(['rel-bob'], { both: true });
    assert.deepEqual(result, { succeeded: ['rel-bob'], failed: [] });
    assert.deepEqual(friendIDs(alice), []);
    await until(() => !friendIDs(bob).includes('rel-alice'), 'alice gone from bob’s list');
    assert.deepEqual(await alice.friends.check(['rel-bob']), [
      { userID: 'rel-bob', relation: 'none' },
    ]);
  });

  test('a request to a user who allows anyone makes friends on both sides at once', async () => {
    await bob.profile.updateSelf({ allowType: 'allow-any' });
    const result = await alice.friends.add({ userID: 'rel-bob', remark: 'Bobby' });
    assert.deepEqual(result, { userID: 'rel-bob', status: 'added', code: 0 });
    await until(() => friendIDs(alice).includes('rel-bob'), 'bob in alice’s list');
    await until(() => friendIDs(bob).includes('rel-alice'), 'alice in bob’s list');
    assert.equal(alice.friends.$friends.get()[0]?.name, 'Bobby');
  });

  test('a blocked user’s text is refused with 20007', async () => {
    await alice.blacklist.add(['rel-bob']);
    assert.deepEqual(alice.blacklist.$blacklist.get(), ['rel-bob']);
    // Blocking ends the friendship both ways.
    await until(() => friendIDs(alice).length === 0, 'bob gone from alice’s list');
    await until(() => friendIDs(bob).length === 0, 'alice gone from bob’s list');
    const error = await bob.messages.sendText('C2Crel-alice', 'can you hear me?').then(
      () => assert.fail('the send should fail'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof TimError);
    assert.equal(error.code, 20007);
    await alice.blacklist.remove(['rel-bob']);
    assert.deepEqual(alice.blacklist.$blacklist.get(), []);
  });

  test('a user who refuses all requests gives a refused result, not an error', async () => {
    await bob.profile.updateSelf({ allowType: 'deny-any' });
    const result = await alice.friends.add({ userID: 'rel-bob' });
    assert.deepEqual(result, { userID: 'rel-bob', status: 'refused', code: 30516 });
  });
});
