// A C2C sender learns when the peer read the chat (openim.get_peer_read_time,
// asked by the SDK when it loads a C2C history it has no read time for), and
// two plain-HTTP surfaces: REST profile/portrait_get and CORS on media downloads.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import { rawPreSig } from '../support/raw-pre-sig.js';
import { adminRest } from '../support/admin-rest.js';
import { sendText } from '../emulator-messages/support.js';

const fx = useEmulator();
const lines: string[] = [];
before(() =>
  fx.start({
    seedUsers: ['alice', 'bob', 'carol', 'dave'],
    log: (l) => lines.push(l),
    logLevel: 'debug',
  }),
);

const rest = (path: string, body: object) => adminRest(fx.emu(), path, body);

test('after the peer reads, a new login of the sender shows its messages as read by the peer', async () => {
  const alice = await fx.loggedIn('alice');
  await sendText(alice, 'bob', 'read me');
  await alice.destroy();
  const bob = await fx.client('bob');
  // setMessageRead sends nothing for a conversation the SDK has not listed yet.
  const listed = bob.next<{ conversationID: string }[]>(
    'onConversationListUpdated',
    (list) => list.some((c) => c.conversationID === 'C2Calice'),
    15000,
  );
  await bob.login();
  await listed;
  await bob.chat.setMessageRead({ conversationID: 'C2Calice' });

  lines.length = 0;
  const again = await fx.loggedIn('alice');
  const { data } = await again.chat.getMessageList({ conversationID: 'C2Cbob' });
  const mine = (data.messageList as Message[]).find(
    (m) => (m.payload as { text?: string }).text === 'read me',
  );
  assert.ok(
    lines.some((l) => l.includes(' openim.get_peer_read_time ')),
    lines.join('\n'),
  );
  assert.equal(mine?.isPeerRead, true);
});

test('the SDK takes the peer read time from get_peer_read_time itself (ReadTime list), not only from the conversation list', async () => {
  const carol = await fx.loggedIn('carol');
  await sendText(carol, 'dave', 'read me too');
  await carol.destroy();
  const dave = await fx.client('dave');
  const listed = dave.next<{ conversationID: string }[]>(
    'onConversationListUpdated',
    (list) => list.some((c) => c.conversationID === 'C2Ccarol'),
    15000,
  );
  await dave.login();
  await listed;
  await dave.chat.setMessageRead({ conversationID: 'C2Ccarol' });

  // The SDK reports what it made of the answer only in its own log (level 0).
  const again = await fx.loggedIn('carol', { logLevel: 0 });
  const sdkLog: string[] = [];
  const realLog = console.log;
  console.log = (...args: unknown[]) => void sdkLog.push(args.map(String).join(' '));
  try {
    await again.chat.getMessageList({ conversationID: 'C2Cdave' });
  } finally {
    console.log = realLog;
  }
  const asked = sdkLog.filter((l) => l.includes('getRemotePeerReadTime'));
  assert.ok(!asked.some((l) => l.includes('failed')), asked.join('\n'));
  const ok = asked.map((l) => /peerReadTimeList:(\d+)/.exec(l)?.[1]).find(Boolean);
  assert.ok(Number(ok) > 0, asked.join('\n'));
});

test('REST profile/portrait_get answers the tags portrait_set stored', async () => {
  const set = await rest('profile/portrait_set', {
    From_Account: 'carol',
    ProfileItem: [
      { Tag: 'Tag_Profile_IM_Nick', Value: 'Caroline' },
      { Tag: 'Tag_Profile_IM_SelfSignature', Value: 'hello there' },
    ],
  });
  assert.equal(set.ErrorCode, 0);
  const got = await rest('profile/portrait_get', {
    To_Account: ['carol'],
    TagList: ['Tag_Profile_IM_Nick', 'Tag_Profile_IM_SelfSignature'],
  });
  assert.equal(got.ErrorCode, 0);
  const [item] = got.UserProfileItem as {
    To_Account: string;
    ProfileItem: { Tag: string; Value: unknown }[];
    ResultCode: number;
  }[];
  assert.equal(item?.To_Account, 'carol');
  assert.equal(item?.ResultCode, 0);
  const byTag = Object.fromEntries((item?.ProfileItem ?? []).map((i) => [i.Tag, i.Value]));
  assert.deepEqual(byTag, {
    Tag_Profile_IM_Nick: 'Caroline',
    Tag_Profile_IM_SelfSignature: 'hello there',
  });
});

const preSig = (fileType: number, name: string) => rawPreSig(fx.emu(), 'dave', fileType, name);

test('a media download answers Access-Control-Allow-Origin so pages on other origins can load it', async () => {
  const grant = await preSig(1, 'pic.png');
  const put = await fetch(grant.upload_url as string, {
    method: 'PUT',
    body: new Uint8Array(256),
  });
  assert.equal(put.status, 200);
  const got = await fetch(grant.download_url as string, {
    headers: { origin: 'http://example.test' },
  });
  assert.equal(got.status, 200);
  assert.equal(got.headers.get('access-control-allow-origin'), '*');
  assert.equal((await got.arrayBuffer()).byteLength, 256);
});
