// Limits and permissions users run into, checked through the real SDK (and the
// upload route over plain HTTP): upload caps, the group recall window, mute all,
// and who may kick whom.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { useEmulator } from '../support/emulator-fixture.js';
import { rawPreSig } from '../support/raw-pre-sig.js';
import { codeOf, createGroup, sendText, umd } from '../emulator-groups/support.js';
import { testClock } from '../emulator-messages/support.js';

const fx = useEmulator();
const clock = testClock();
const users = ['alice', 'bob', 'carol', 'dave', 'erin', 'fred', 'gina'];
before(() => fx.start({ seedUsers: users, now: clock.now }));

const preSig = (fileType: number, name: string) => rawPreSig(fx.emu(), 'alice', fileType, name);

/** PUTs `size` bytes; resolves with the status and JSON body the server answered. */
function put(
  url: string,
  size: number,
  chunked = false,
): Promise<{ status: number; body: { error?: string } }> {
  return new Promise((resolve, reject) => {
    let answered = false;
    // chunked: no Content-Length, so the server must count the bytes as they come.
    const headers = chunked ? {} : { 'content-length': size };
    const req = request(url, { method: 'PUT', headers }, (res) => {
      answered = true;
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || '{}') }));
    });
    // The server closes the connection after refusing; only fail if it never answered.
    req.on('error', (e) => {
      if (!answered) setTimeout(() => (answered ? undefined : reject(e)), 500);
    });
    if (!chunked) return void req.end(Buffer.alloc(size));
    const chunk = Buffer.alloc(1024 * 1024);
    for (let sent = 0; sent < size; sent += chunk.length)
      req.write(sent + chunk.length <= size ? chunk : chunk.subarray(0, size - sent));
    req.end();
  });
}

test('an image upload over 28 MB is refused with 413 and nothing is stored', async () => {
  const grant = await preSig(1, 'huge.png');
  const r = await put(grant.upload_url as string, 28 * 1024 * 1024 + 1);
  assert.equal(r.status, 413);
  assert.match(r.body.error ?? '', /image uploads are limited/);
  const got = await fetch(grant.download_url as string);
  assert.equal(got.status, 404);
});

test('a sound upload streamed past 28 MB without a length is refused with 413', async () => {
  const grant = await preSig(3, 'long.m4a');
  const r = await put(grant.upload_url as string, 28 * 1024 * 1024 + 1, true);
  assert.equal(r.status, 413);
  assert.match(r.body.error ?? '', /sound uploads are limited/);
  assert.equal((await fetch(grant.download_url as string)).status, 404);
});

test('an image upload within the cap is stored and downloadable', async () => {
  const grant = await preSig(1, 'small.png');
  assert.equal((await put(grant.upload_url as string, 1024)).status, 200);
  const got = await fetch(grant.download_url as string);
  assert.equal(got.status, 200);
  assert.equal((await got.arrayBuffer()).byteLength, 1024);
});

test('recalling a group message older than 2 minutes fails with 10031', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const groupID = await createGroup(alice, {
    type: 'Public',
    name: 'late',
    memberList: [{ userID: 'bob' }],
  });
  const message = await sendText(alice, groupID, 'too late to take back');
  clock.advance(121);
  assert.equal(await codeOf(alice.chat.revokeMessage(message)), 10031);
});

test('mute all stops ordinary members (10017) while admins and the owner still send', async () => {
  const carol = await fx.loggedIn('carol', umd);
  const dave = await fx.loggedIn('dave', umd);
  const erin = await fx.loggedIn('erin', umd);
  const groupID = await createGroup(carol, {
    type: 'Public',
    name: 'quiet',
    memberList: [{ userID: 'dave' }, { userID: 'erin' }],
  });
  await carol.chat.setGroupMemberRole({ groupID, userID: 'erin', role: 'Admin' } as never);
  await carol.chat.updateGroupProfile({ groupID, muteAllMembers: true });
  assert.equal(await codeOf(sendText(dave, groupID, 'may I?')), 10017);
  await sendText(erin, groupID, 'admin speaking');
  await sendText(carol, groupID, 'owner speaking');
  await carol.chat.updateGroupProfile({ groupID, muteAllMembers: false });
  await sendText(dave, groupID, 'free again');
});

test('an admin kicks ordinary members but not another admin or the owner (10007)', async () => {
  const fred = await fx.loggedIn('fred', umd);
  const gina = await fx.loggedIn('gina', umd);
  const groupID = await createGroup(fred, {
    type: 'Public',
    name: 'kicks',
    memberList: [{ userID: 'gina' }, { userID: 'alice' }, { userID: 'bob' }],
  });
  assert.equal(
    await codeOf(gina.chat.deleteGroupMember({ groupID, userIDList: ['bob'] })),
    10007,
    'an ordinary member cannot kick',
  );
  await fred.chat.setGroupMemberRole({ groupID, userID: 'gina', role: 'Admin' } as never);
  await fred.chat.setGroupMemberRole({ groupID, userID: 'alice', role: 'Admin' } as never);
  assert.equal(
    await codeOf(gina.chat.deleteGroupMember({ groupID, userIDList: ['alice'] })),
    10007,
  );
  assert.equal(await codeOf(gina.chat.deleteGroupMember({ groupID, userIDList: ['fred'] })), 10007);
  await gina.chat.deleteGroupMember({ groupID, userIDList: ['bob'] });
  const { data } = await fred.chat.getGroupMemberList({ groupID, count: 50, offset: 0 });
  assert.deepEqual((data.memberList as { userID: string }[]).map((m) => m.userID).sort(), [
    'alice',
    'fred',
    'gina',
  ]);
});
