import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, genUserSig, type EmulatorHandle } from '@tim-kit/emulator';
import { createSdkClient, type SdkClient } from '../support/sdk-client.js';
import { quietRecordingLog } from '../../support/servcmd-recorder.js';

let emu: EmulatorHandle;
const clients: SdkClient[] = [];
before(async () => {
  emu = await startEmulator({ ...quietRecordingLog(), seedUsers: ['alice'] });
});
after(async () => {
  for (const c of clients) await c.destroy();
  await emu.close();
});

async function client(userID: string, userSig?: string): Promise<SdkClient> {
  const c = await createSdkClient(emu, userID, userSig === undefined ? {} : { userSig });
  clients.push(c);
  return c;
}

async function refusal(userID: string, userSig: string): Promise<number> {
  const c = await client(userID, userSig);
  try {
    await c.chat.login({ userID, userSig });
    return 0;
  } catch (e) {
    return (e as { code: number }).code;
  }
}

test('login reaches SDK_READY', async () => {
  const alice = await client('alice');
  await alice.login();
  assert.equal(alice.chat.isReady(), true);
});

test('a UserSig signed with another key is refused with 70009', async () => {
  const forged = genUserSig({ sdkAppID: emu.sdkAppID, secret: 'not-the-key', userID: 'mallory' });
  assert.equal(await refusal('mallory', forged), 70009);
});

test('an expired UserSig is refused with 70001', async () => {
  const expired = emu.genUserSig('oldtimer', -10);
  assert.equal(await refusal('oldtimer', expired), 70001);
});

test('a UserSig for another SDKAppID is refused with 70014', async () => {
  const other = genUserSig({ sdkAppID: 1400000002, secret: emu.secret, userID: 'visitor' });
  assert.equal(await refusal('visitor', other), 70014);
});
