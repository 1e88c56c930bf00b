// A session's life: a UserSig that expires while logged in ends the session
// the way Tencent does (the SDK's KICKED_OUT, userSigExpired), and the debug
// log level writes one line per request.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { useEmulator } from '../support/emulator-fixture.js';
import { guardSdkRejections } from '../support/sdk-client.js';

const fx = useEmulator();
const lines: string[] = [];
const shortSig = (userID: string, seconds: number): string => fx.emu().genUserSig(userID, seconds);
before(() =>
  fx.start({
    seedUsers: ['alice', 'bob', 'carol'],
    log: (l) => lines.push(l),
    logLevel: 'debug',
  }),
);

test('a UserSig that expires while logged in ends the session (KICKED_OUT userSigExpired)', async (t) => {
  // The SDK reconnects after 70001 and its automatic re-login (no catch) is refused too.
  t.after(guardSdkRejections());
  const alice = await fx.client('alice', { userSig: shortSig('alice', 2) });
  const kicked = alice.next<{ type: string }>('kickedOut', undefined, 30000);
  await alice.login();
  // No request from the test: the SDK's own heartbeat (every ~10 s) meets the expired ticket.
  const event = await kicked;
  assert.equal(event.type, alice.TencentCloudChat.TYPES.KICKED_OUT_USERSIG_EXPIRED);
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
