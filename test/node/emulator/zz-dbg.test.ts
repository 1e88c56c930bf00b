import { test, after, before } from 'node:test';
import { startEmulator, genUserSig, type EmulatorHandle } from '@tim-kit/emulator';
import { createSdkClient, type SdkClient } from '/work/main/test/node/support/sdk-client.ts';
let emu: EmulatorHandle;
const clients: SdkClient[] = [];
before(async () => { emu = await startEmulator({ log: (l) => console.log('EMU', l), seedUsers: ['alice'] }); });
after(async () => {
  const t = Date.now();
  for (const c of clients) { await c.destroy(); console.log('destroyed', c.userID, Date.now() - t); }
  await emu.close(); console.log('closed', Date.now() - t);
});
test('x', async () => {
  const a = await createSdkClient(emu, 'alice'); clients.push(a); await a.login();
  if (process.env.BAD) {
  const forged = genUserSig({ sdkAppID: emu.sdkAppID, secret: 'not-the-key', userID: 'mallory' });
  const m = await createSdkClient(emu, 'mallory', { userSig: forged }); clients.push(m);
  await m.chat.login({ userID: 'mallory', userSig: forged }).catch((e) => console.log('refused', e.code));
  }
});
