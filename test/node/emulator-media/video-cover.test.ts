// im_cos_msg.video_cover as the SDK's wire sees it (the SDK's Node path cannot send a video, so
// these send the frames themselves; test/browser/emulator-media/video-cover.test.ts goes through
// the real SDK): pre_sig offers a snapshot_url for videos, video_cover turns the uploaded video's
// first frame into a JPEG, and every bad request gets a code while the server keeps serving.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type WebSocketType from 'ws';
import { useEmulator } from '../support/emulator-fixture.js';

const requireWs = createRequire(
  new URL('../../../packages/emulator/package.json', import.meta.url),
);
const { WebSocket } = requireWs('ws') as { WebSocket: typeof WebSocketType };

// 1 s of lavfi testsrc at 64x48 (see test/fixtures/README.md).
const MP4 = readFileSync(new URL('../../fixtures/tiny-64x48.mp4', import.meta.url));
const USER = 'vc-alice';
const fx = useEmulator();

before(async () => {
  await fx.start({ seedUsers: [USER] });
});

type Body = Record<string, unknown> & { ErrorCode: number };

/** One request as USER over a fresh socket; resolves with the reply body. */
async function raw(servcmd: string, body: Record<string, unknown>): Promise<Body> {
  const emu = fx.emu();
  const ws = new WebSocket(`${emu.wsUrl}/binfo?sdkappid=${emu.sdkAppID}&instanceid=raw`);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const reply = new Promise<Body>((resolve) =>
    ws.once('message', (d: Buffer) => resolve(JSON.parse(d.toString('utf8')).body as Body)),
  );
  const usersig = emu.genUserSig(USER);
  ws.send(JSON.stringify({ head: { servcmd, seq: 1, identifier: USER, usersig }, body }));
  const answer = await reply;
  ws.close();
  return answer;
}

/** pre_sig for a video, then (unless `upload` is false) the PUT the upload plugin does. */
async function video(bytes: Uint8Array, upload = true): Promise<Body> {
  const sig = await raw('im_cos_msg.pre_sig', { file_type: 2, file_name: 'clip.mp4' });
  assert.equal(sig.ErrorCode, 0);
  if (upload) {
    const put = await fetch(sig.upload_url as string, {
      method: 'PUT',
      body: new Uint8Array(bytes),
    });
    assert.equal(put.status, 200);
  }
  return sig;
}

const cover = (snapshotUrl: unknown): Promise<Body> =>
  raw('im_cos_msg.video_cover', {
    version: 1,
    platform: 2,
    cover_name: 'abc-123',
    snapshot_url: snapshotUrl,
  });

test('pre_sig gives a video a snapshot_url on the emulator, and no other kind one', async () => {
  const sig = await video(MP4, false);
  assert.ok((sig.snapshot_url as string).startsWith(`${fx.emu().url}/media/files/`));
  const image = await raw('im_cos_msg.pre_sig', { file_type: 1, file_name: 'a.png' });
  assert.equal(image.snapshot_url, undefined);
});

test('video_cover answers a download_url serving a JPEG of the uploaded video', async () => {
  const sig = await video(MP4);
  const answer = await cover(sig.snapshot_url);
  assert.equal(answer.ErrorCode, 0);
  const url = answer.download_url as string;
  assert.ok(url.startsWith(`${fx.emu().url}/media/files/`));
  assert.notEqual(url, sig.download_url);
  const res = await fetch(url);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'image/jpeg');
  const jpeg = new Uint8Array(await res.arrayBuffer());
  assert.deepEqual([jpeg[0], jpeg[1]], [0xff, 0xd8]);
});

test('a request without a snapshot_url is refused with 20001', async () => {
  assert.equal((await cover(undefined)).ErrorCode, 20001);
  assert.equal((await cover(42)).ErrorCode, 20001);
});

test('a snapshot_url naming no uploaded video on this server is refused with 4001', async () => {
  const granted = await video(MP4, false);
  assert.equal((await cover(granted.snapshot_url)).ErrorCode, 4001);
  const unknown = `${fx.emu().url}/media/files/${'0'.repeat(32)}/clip.mp4`;
  assert.equal((await cover(unknown)).ErrorCode, 4001);
  assert.equal((await cover('https://example.com/media/files/x/clip.mp4')).ErrorCode, 4001);
});

test('bytes ffmpeg cannot read get 4003, and the server goes on serving', async () => {
  const sig = await video(new TextEncoder().encode('not a video at all'));
  assert.equal((await cover(sig.snapshot_url)).ErrorCode, 4003);
  assert.equal((await raw('heartbeat.alive', {})).ErrorCode, 0);
});

test('with ffmpeg turned off, pre_sig gives videos no snapshot_url', async () => {
  process.env.TIM_EMULATOR_FFMPEG = 'off';
  try {
    const sig = await video(MP4, false);
    assert.equal(sig.snapshot_url, undefined);
  } finally {
    delete process.env.TIM_EMULATOR_FFMPEG;
  }
});
