import { test, before } from 'node:test';
import { useEmulator } from '../support/emulator-fixture.js';
import { guardSdkRejections, delay } from '../support/sdk-client.js';
const fx = useEmulator();
const lines: string[] = [];
before(() => fx.start({ seedUsers: ['alice'], log: (l) => lines.push(`${Date.now() % 100000} ${l}`), logLevel: 'debug' }));
test('x', async (t) => {
  t.after(guardSdkRejections());
  const alice = await fx.client('alice', { userSig: fx.emu().genUserSig('alice', 2) });
  const kicked = alice.next('kickedOut', undefined, 30000);
  await alice.login();
  await kicked;
  lines.push('--- kicked');
  await delay(5000);
  console.log(lines.filter((l) => !l.includes('code=0')).join('\n'));
  process.exit(0);
});
