// POST /dev/uploads/hold|release: the upload hold over HTTP, for pages (Storybook) that reach
// the emulator only through the network. Guarded like /dev/usersig.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { networkInterfaces } from 'node:os';
import type WebSocketType from 'ws';
import { startEmulator, type EmulatorHandle, type EmulatorOptions } from '@tim-kit/emulator';
import { quietRecordingLog } from '../../support/servcmd-recorder.js';

const requireWs = createRequire(
  new URL('../../../packages/emulator/package.json', import.meta.url),
);
const { WebSocket } = requireWs('ws') as { WebSocket: typeof WebSocketType };

const started: EmulatorHandle[] = [];
after(async () => {
  for (const e of started) await e.close();
});
const start = async (options: EmulatorOptions) => {
  const e = await startEmulator({ ...quietRecordingLog(), seedUsers: ['alice'], ...options });
  started.push(e);
  return e;
};

const post = async (url: string): Promise<{ status: number; body: Record<string, unknown> }> => {
  const res = await fetch(url, { method: 'POST' });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

/** im_cos_msg.pre_sig over a raw socket, as the SDK's upload plugin asks it. */
async function preSig(emu: EmulatorHandle): Promise<{ upload_url: string; download_url: string }> {
  const ws = new WebSocket(`${emu.wsUrl}/binfo?sdkappid=${emu.sdkAppID}&instanceid=upload`);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const reply = new Promise<{ upload_url: string; download_url: string }>((resolve) =>
    ws.once('message', (d: Buffer) => resolve(JSON.parse(d.toString('utf8')).body)),
  );
  ws.send(
    JSON.stringify({
      head: {
        servcmd: 'im_cos_msg.pre_sig',
        seq: 1,
        identifier: 'alice',
        usersig: emu.genUserSig('alice'),
      },
      body: { file_type: 1, file_name: 'held.png' },
    }),
  );
  const body = await reply;
  ws.close();
  return body;
}

/** PUTs `bytes`; resolves with the status once the server answers. */
function put(url: string, bytes: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'PUT', headers: { 'content-length': bytes.length } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(bytes);
  });
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${what} did not happen within 10 s`);
}

test('/dev/uploads/hold and /release are refused with 404 JSON when dev mode is off', async () => {
  const emu = await start({ dev: false });
  for (const action of ['hold', 'release']) {
    const r = await post(`${emu.url}/dev/uploads/${action}`);
    assert.equal(r.status, 404);
    assert.match(String(r.body.error), /--dev/);
  }
});

test('/dev/uploads/hold is refused with 403 JSON for a caller that is not loopback', async (t) => {
  const address = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
  if (!address) return t.skip('no non-loopback IPv4 interface to call from');
  const emu = await start({ dev: true, host: '0.0.0.0' });
  const r = await post(`http://${address}:${emu.port}/dev/uploads/hold`);
  assert.equal(r.status, 403);
  assert.match(String(r.body.error), /loopback/);
  assert.equal(emu.heldUploads(), 0);
});

test('/dev/uploads takes POST only and knows hold and release only', async () => {
  const emu = await start({ dev: true });
  const get = await fetch(`${emu.url}/dev/uploads/hold`);
  assert.equal(get.status, 405);
  assert.equal(typeof ((await get.json()) as { error?: unknown }).error, 'string');
  const unknown = await post(`${emu.url}/dev/uploads/pause`);
  assert.equal(unknown.status, 404);
  assert.equal(typeof unknown.body.error, 'string');
});

test('in dev mode a held upload is answered only after /dev/uploads/release', async () => {
  const emu = await start({ dev: true });
  const grant = await preSig(emu);
  const held = await post(`${emu.url}/dev/uploads/hold`);
  assert.deepEqual(held, { status: 200, body: { held: true, waiting: 0 } });

  const events: string[] = [];
  const bytes = Buffer.alloc(2048, 7);
  const answered = put(grant.upload_url, bytes).then((status) => {
    events.push('upload answered');
    return status;
  });
  await until(() => emu.heldUploads() === 1, 'the upload to be held');
  // Asking again reports the upload waiting, and it still has no answer.
  const again = await post(`${emu.url}/dev/uploads/hold`);
  assert.deepEqual(again.body, { held: true, waiting: 1 });
  assert.equal(events.length, 0, 'the upload was answered while held');

  events.push('release sent');
  const released = await post(`${emu.url}/dev/uploads/release`);
  assert.deepEqual(released, { status: 200, body: { held: false, released: 1 } });
  assert.equal(await answered, 200);
  assert.deepEqual(events, ['release sent', 'upload answered']);

  const stored = await fetch(grant.download_url);
  assert.equal(stored.status, 200);
  assert.deepEqual(Buffer.from(await stored.arrayBuffer()), bytes);
});
