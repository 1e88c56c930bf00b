// Media through the real SDK in Chromium: the browser user sends an image, a
// file, a sound and a video (tiny generated blobs); a Node peer receives loopback
// URLs on the emulator's port, and the bytes behind them equal what was sent.
import { expect } from '@open-wc/testing';
import type { ChatSDK } from '@tim-kit/headless';
import { loginCore } from '../support/core.js';
import {
  emulatorControl,
  importAccount,
  nodePeer,
  testEnv,
  uniqueUser,
} from '../support/emulator.js';

const me = uniqueUser('media');
const peer = uniqueUser('mpeer');
let chat: ChatSDK;

// A valid 1x1 PNG: the SDK loads images to read their size.
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);
// An mp4 "ftyp" box: what the SDK checks for a video is the type and extension.
const MP4 = Uint8Array.from([
  0, 0, 0, 24, 102, 116, 121, 112, 105, 115, 111, 109, 0, 0, 2, 0, 105, 115, 111, 109, 105, 115,
  111, 50,
]);
const bytesOf = (text: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(new TextEncoder().encode(text));

// Upload URLs the SDK's plugin PUTs to, recorded from XHR (the test cannot see pre_sig).
const puts: string[] = [];
let blockNextPut = false;
const realOpen = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (
  this: XMLHttpRequest,
  method: string,
  url: string | URL,
  ...rest: unknown[]
) {
  if (method.toUpperCase() === 'PUT') {
    puts.push(String(url));
    if (blockNextPut) {
      blockNextPut = false;
      // Point the SDK's upload somewhere that fails, keeping the real URL unused.
      url = `${testEnv.url}/media/upload/blocked`;
    }
  }
  return (realOpen as (...a: unknown[]) => void).call(this, method, url, ...rest);
} as typeof XMLHttpRequest.prototype.open;

async function fetchBytes(url: string): Promise<{ bytes: Uint8Array; type: string | null }> {
  const res = await fetch(url);
  expect(res.status).to.equal(200);
  return { bytes: new Uint8Array(await res.arrayBuffer()), type: res.headers.get('content-type') };
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

describe('emulator media', function () {
  this.timeout(60_000);

  before(async () => {
    await importAccount(peer);
    await nodePeer.login(peer);
    ({ chat } = await loginCore(me));
  });

  after(async () => {
    await nodePeer.logout(peer);
  });

  async function send(message: unknown): Promise<void> {
    await chat.sendMessage(message as Parameters<ChatSDK['sendMessage']>[0]);
  }

  it('an image arrives as a loopback URL serving the same PNG', async () => {
    const file = new File([PNG], 'dot.png', { type: 'image/png' });
    await send(
      chat.createImageMessage({ to: peer, conversationType: 'C2C' as never, payload: { file } }),
    );
    const got = await nodePeer.waitForMessage(peer, 'TIMImageElem');
    const info = (got.payload.imageInfoArray as { url: string }[])[0];
    expect(info?.url.startsWith(testEnv.url)).to.equal(true);
    const { bytes, type } = await fetchBytes(info!.url);
    expect(sameBytes(bytes, PNG)).to.equal(true);
    expect(type).to.equal('image/png');
  });

  it('a file arrives with its bytes', async () => {
    const data = bytesOf('hello file bytes');
    const file = new File([data], 'notes.txt', { type: 'text/plain' });
    await send(
      chat.createFileMessage({ to: peer, conversationType: 'C2C' as never, payload: { file } }),
    );
    const got = await nodePeer.waitForMessage(peer, 'TIMFileElem');
    const url = got.payload.fileUrl as string;
    expect(url.startsWith(testEnv.url)).to.equal(true);
    expect(sameBytes((await fetchBytes(url)).bytes, data)).to.equal(true);
  });

  it('a sound arrives with its bytes', async () => {
    const data = bytesOf('not really audio, but bytes all the same');
    const file = new File([data], 'voice.mp3', { type: 'audio/mpeg' });
    await send(
      chat.createAudioMessage({ to: peer, conversationType: 'C2C' as never, payload: { file } }),
    );
    const got = await nodePeer.waitForMessage(peer, 'TIMSoundElem');
    const url = got.payload.url as string;
    expect(url.startsWith(testEnv.url)).to.equal(true);
    expect(sameBytes((await fetchBytes(url)).bytes, data)).to.equal(true);
  });

  it('a video arrives with its bytes', async () => {
    const file = new File([MP4], 'clip.mp4', { type: 'video/mp4' });
    await send(
      chat.createVideoMessage({ to: peer, conversationType: 'C2C' as never, payload: { file } }),
    );
    const got = await nodePeer.waitForMessage(peer, 'TIMVideoFileElem');
    const url = got.payload.videoUrl as string;
    expect(url.startsWith(testEnv.url)).to.equal(true);
    expect(sameBytes((await fetchBytes(url)).bytes, MP4)).to.equal(true);
  });

  it('a tampered, reused or expired upload URL is refused', async () => {
    const used = puts.at(-1)!;
    expect((await fetch(used, { method: 'PUT', body: 'again' })).status).to.equal(409);
    const tampered = used.replace(
      /sig=([0-9a-f])/,
      (_m, c: string) => `sig=${c === '0' ? '1' : '0'}`,
    );
    expect((await fetch(tampered, { method: 'PUT', body: 'x' })).status).to.equal(403);

    blockNextPut = true;
    const file = new File([bytesOf('never uploaded')], 'later.txt', { type: 'text/plain' });
    const failed = await chat
      .sendMessage(
        chat.createFileMessage({ to: peer, conversationType: 'C2C' as never, payload: { file } }),
      )
      .then(
        () => false,
        () => true,
      );
    expect(failed).to.equal(true);
    const unused = puts.at(-1)!;
    await emulatorControl.setClockOffset(16 * 60);
    try {
      const res = await fetch(unused, { method: 'PUT', body: 'late' });
      expect(res.status).to.equal(403);
      expect(((await res.json()) as { error: string }).error).to.match(/expired/);
    } finally {
      await emulatorControl.setClockOffset(0);
    }
  });
});
