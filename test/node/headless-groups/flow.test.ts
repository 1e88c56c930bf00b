// Two headless cores in Node against one in-process emulator: alice's core is built the way apps
// build it (createChat: the ESM core + group module), bob's over a second SDK copy (the UMD build,
// test/node/support/sdk-client.ts). One flow: create, apply, accept, talk, kick.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  TimError,
  createChat,
  createTimCore,
  type TimCore,
  type TimGroupEvent,
} from '@tim-kit/headless';
import { useEmulator } from '../support/emulator-fixture.js';

// Registered before the fixture's own hook, so the cores log out while the emulator still runs.
after(async () => {
  for (const core of [alice, bob]) {
    if (!core) continue;
    await core.auth.logout().catch(() => undefined);
    core.destroy();
  }
  await alice?.chat.destroy().catch(() => undefined);
});
const fx = useEmulator();
let alice: TimCore;
let bob: TimCore;
let groupID = '';
const aliceEvents: TimGroupEvent[] = [];
const bobEvents: TimGroupEvent[] = [];

async function until<T>(read: () => T, what: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

before(async () => {
  const emu = await fx.start({
    port: 0,
    data: ':memory:',
    dev: true,
    seedUsers: ['ng-alice', 'ng-bob'],
  });
  // createChat installs nothing global; the sdk-client fixture installs ws as WebSocket first.
  const bobClient = await fx.client('ng-bob', { bundle: 'umd' });
  const chat = await createChat({ SDKAppID: emu.sdkAppID, proxyServer: emu.wsUrl, logLevel: 4 });
  alice = createTimCore({ chat, loginTimeoutMs: 10_000 });
  bob = createTimCore({ chat: bobClient.chat, loginTimeoutMs: 10_000 });
  alice.groups.onEvent((event) => aliceEvents.push(event));
  bob.groups.onEvent((event) => bobEvents.push(event));
  await alice.auth.login({ userID: 'ng-alice', userSig: emu.genUserSig('ng-alice') });
  await bob.auth.login({ userID: 'ng-bob', userSig: emu.genUserSig('ng-bob') });
});

test('a created Public group with approval shows in the creator $groups', async () => {
  const group = await alice.groups.createGroup({
    type: 'Public',
    name: 'Node team',
    joinOption: 'approval',
  });
  groupID = group.groupID;
  assert.equal(group.type, 'Public');
  const listed = await until(
    () => alice.groups.$groups.get().find((g) => g.groupID === groupID),
    'the group in $groups',
  );
  assert.equal(listed.name, 'Node team');
});

test('an application waits, reaches the owner with its reason, and is unread', async () => {
  assert.equal(await bob.groups.apply(groupID, 'let me in'), 'pending');
  const { list, unreadCount } = await until(() => {
    const applications = alice.groups.$applications.get();
    return applications.list.length > 0 ? applications : undefined;
  }, 'the application in $applications');
  assert.deepEqual(
    list.map((a) => [a.groupID, a.applicantID, a.reason]),
    [[groupID, 'ng-bob', 'let me in']],
  );
  assert.equal(unreadCount, 1);
  assert.ok(aliceEvents.some((e) => e.kind === 'application-received' && e.groupID === groupID));
  alice.groups.markApplicationsRead();
  assert.equal(alice.groups.$applications.get().unreadCount, 0);
});

test('accepting the application puts the applicant in the group', async () => {
  const [application] = alice.groups.$applications.get().list;
  assert.ok(application);
  await alice.groups.handleApplication(application, 'accept');
  assert.equal(alice.groups.$applications.get().list.length, 0);
  await until(
    () => bob.groups.$groups.get().some((g) => g.groupID === groupID),
    "the group in bob's $groups",
  );
  const handle = alice.groups.group(groupID);
  await handle.loadMembers();
  assert.deepEqual(
    handle.$members
      .get()
      .map((m) => [m.userID, m.role])
      .sort(),
    [
      ['ng-alice', 'owner'],
      ['ng-bob', 'member'],
    ],
  );
});

test("a member's group text reaches the owner's thread", async () => {
  const thread = alice.messages.thread(`GROUP${groupID}`);
  await thread.loadOlder();
  await bob.messages.sendText(`GROUP${groupID}`, 'hello team');
  const received = await until(
    () => thread.$messages.get().find((m) => m.text === 'hello team'),
    'the text in the thread',
  );
  assert.equal(received.from, 'ng-bob');
});

test('a kicked member hears so and loses the group; the owner sees the tip text', async () => {
  const thread = alice.messages.thread(`GROUP${groupID}`);
  await alice.groups.kick(groupID, ['ng-bob'], 'bye');
  await until(() => bobEvents.some((e) => e.kind === 'kicked'), 'the kicked notice');
  await until(
    () => !bob.groups.$groups.get().some((g) => g.groupID === groupID),
    "the group gone from bob's $groups",
  );
  const tip = await until(
    () => thread.$messages.get().find((m) => m.kind === 'group-tip' && m.text.includes('removed')),
    'the kick tip in the thread',
  );
  // Names are nicks where the tip carries them (the seeded nick of ng-bob is "Ng-bob").
  assert.equal(tip.text, 'ng-alice removed Ng-bob from the group');
});

test('a server refusal keeps its code through the ESM group module (no 2903)', async () => {
  await assert.rejects(alice.groups.transferOwner(groupID, 'ng-bob'), (error: unknown) => {
    assert.ok(error instanceof TimError);
    assert.notEqual(error.code, 2903);
    assert.ok(error.code > 0);
    return true;
  });
});
