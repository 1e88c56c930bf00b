// A session's life: a UserSig that expires while logged in ends the session
// the way Tencent does (the SDK's KICKED_OUT, userSigExpired), and the debug
// log level writes one line per request.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { useEmulator } from '../support/emulator-fixture.js';
import { testClock } from '../emulator-messages/support.js';

const fx = useEmulator();
const clock = testClock();
const lines: string[] = [];
before(() =>
  fx.start({
    seedUsers: ['alice', 'bob', 'carol'],
    now: clock.now,
    log: (l) => lines.push(l),
    logLevel: 'debug',
  }),
);

test('a UserSig that expires while logged in ends the session with KICKED_OUT userSigExpired', async () => {
  const alice = await fx.client('alice', { userSig: fx.emu().genUserSig('alice', 60) });
  await alice.login();
  const kicked = alice.next<{ type: string }>('kickedOut', undefined, 30000);
  clock.advance(120);
  // Any request (or the next heartbeat, within ~10 s) meets the expired ticket.
  await alice.chat.getUserProfile({ userIDList: ['bob'] }).catch(() => undefined);
  const event = await kicked;
  assert.equal(event.type, alice.TencentCloudChat.TYPES.KICKED_OUT_USERSIG_EXPIRED);
});

test('a fresh UserSig logs in again after the old one expired', async () => {
  const bob = await fx.client('bob', { userSig: fx.emu().genUserSig('bob', 60) });
  await bob.login();
  clock.advance(120);
  await bob.destroy();
  const again = await fx.loggedIn('bob');
  const { data } = await again.chat.getMyProfile();
  assert.equal((data as { userID: string }).userID, 'bob');
});

test('debug level logs one line per request with servcmd, caller and result code', async () => {
  const carol = await fx.loggedIn('carol');
  lines.length = 0;
  // portrait_set is sent only by this call, never by the login sequence.
  await carol.chat.updateMyProfile({ nick: 'Caz' });
  const profileLines = lines.filter((l) => l.includes(' profile.portrait_set '));
  assert.equal(profileLines.length, 1, lines.join('\n'));
  assert.match(
    profileLines[0] ?? '',
    /^tim-emulator: debug profile\.portrait_set seq=\d+ caller=carol code=0 /,
  );
});
