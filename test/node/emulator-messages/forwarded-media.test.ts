import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';

// Received images carry imageUrl forced to https:// by the SDK; forwarding one sends that URL
// back. The emulator serves media over http, so its own https URLs are stored as http.
const fx = useEmulator();
before(() => fx.start({ seedUsers: ['alice', 'bob'] }));

async function sendImageAs(from: string, to: string, url: string): Promise<void> {
  const emu = fx.emu();
  const q = new URLSearchParams({
    sdkappid: String(emu.sdkAppID),
    identifier: emu.admin,
    usersig: emu.genUserSig(emu.admin),
    random: '7',
    contenttype: 'json',
  });
  const info = (Type: number) => ({ Type, Size: 10, Width: 1, Height: 1, URL: url });
  const res = await fetch(`${emu.url}/v4/openim/sendmsg?${q}`, {
    method: 'POST',
    body: JSON.stringify({
      From_Account: from,
      To_Account: to,
      MsgRandom: 99,
      MsgBody: [
        {
          MsgType: 'TIMImageElem',
          MsgContent: { UUID: 'u1', ImageFormat: 3, ImageInfoArray: [1, 2, 3].map(info) },
        },
      ],
    }),
  });
  assert.equal(((await res.json()) as { ErrorCode: number }).ErrorCode, 0);
}

const urlsOf = (m: Message) =>
  (m.payload as { imageInfoArray: { url: string }[] }).imageInfoArray.map((i) => i.url);

test("an image URL of the emulator's own media sent as https:// is delivered as http://", async () => {
  const bob = await fx.loggedIn('bob');
  const own = `${fx.emu().url}/media/files/abc/pic.png`;
  const got = bob.next<Message[]>(bob.TencentCloudChat.EVENT.MESSAGE_RECEIVED);
  await sendImageAs('alice', 'bob', own.replace('http://', 'https://'));
  const [m] = await got;
  assert.ok(m);
  assert.deepEqual(urlsOf(m), [own, own, own]);
});

test('an image URL of another host keeps its scheme', async () => {
  const bob = await fx.loggedIn('bob');
  const other = 'https://cdn.example.com/pic.png';
  const got = bob.next<Message[]>(bob.TencentCloudChat.EVENT.MESSAGE_RECEIVED);
  await sendImageAs('alice', 'bob', other);
  const [m] = await got;
  assert.ok(m);
  assert.deepEqual(urlsOf(m), [other, other, other]);
});
