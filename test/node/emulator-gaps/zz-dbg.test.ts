import { test, before } from 'node:test';
import { useEmulator } from '/work/main/test/node/support/emulator-fixture.js';
import { testClock } from '/work/main/test/node/emulator-messages/support.js';
const fx = useEmulator();
const clock = testClock();
const lines: string[] = [];
before(() => fx.start({ seedUsers: ['bob'], now: clock.now, log: (l) => lines.push(l), logLevel: 'debug' }));
test('x', async () => {
  const bob = await fx.client('bob', { userSig: fx.emu().genUserSig('bob', 60) });
  await bob.login();
  clock.advance(120);
  await bob.destroy();
  lines.push('--- destroyed');
  try { await fx.loggedIn('bob'); } catch (e) { lines.push('ERR ' + JSON.stringify(e) + String((e as Error).stack)); }
  console.log(lines.join('\n'));
});
