import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, verifyUserSig, type EmulatorHandle } from '@tim-kit/emulator';
import { quietRecordingLog } from '../../support/servcmd-recorder.js';

const started: EmulatorHandle[] = [];
after(async () => {
  for (const e of started) await e.close();
});
const start = async (dev: boolean) => {
  const e = await startEmulator({ ...quietRecordingLog(), dev });
  started.push(e);
  return e;
};

test('/dev/usersig is refused when dev mode is off', async () => {
  const emu = await start(false);
  const res = await fetch(`${emu.url}/dev/usersig?userID=alice`);
  assert.equal(res.status, 404);
  assert.equal(typeof ((await res.json()) as { error?: unknown }).error, 'string');
});

test('/dev/usersig in dev mode hands out a valid sig; a bad userID gets 400 JSON', async () => {
  const emu = await start(true);
  const res = await fetch(`${emu.url}/dev/usersig?userID=alice`);
  assert.equal(res.status, 200);
  const body = (await res.json()) as {
    sdkAppID: number;
    userID: string;
    userSig: string;
    expire: number;
  };
  assert.equal(body.sdkAppID, emu.sdkAppID);
  assert.equal(body.userID, 'alice');
  assert.ok(body.expire > 0);
  assert.equal(
    verifyUserSig({
      sdkAppID: emu.sdkAppID,
      secret: emu.secret,
      userSig: body.userSig,
      userID: 'alice',
    }).ok,
    true,
  );
  for (const bad of ['', 'x'.repeat(33)]) {
    const r = await fetch(`${emu.url}/dev/usersig?userID=${bad}`);
    assert.equal(r.status, 400);
    assert.equal(typeof ((await r.json()) as { error?: unknown }).error, 'string');
  }
});
