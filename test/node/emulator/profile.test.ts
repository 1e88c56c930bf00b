import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Profile } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';

const fx = useEmulator();
before(() => fx.start({ seedUsers: ['alice', 'bob'] }));

test('a profile alice sets is what bob reads', async () => {
  const alice = await fx.loggedIn('alice');
  await alice.chat.updateMyProfile({
    nick: 'Alice Liddell',
    avatar: 'http://127.0.0.1/alice.png',
    selfSignature: 'down the rabbit hole',
    gender: alice.TencentCloudChat.TYPES.GENDER_FEMALE,
  });
  const bob = await fx.loggedIn('bob');
  const { data } = await bob.chat.getUserProfile({ userIDList: ['alice'] });
  const p = (data as Profile[])[0];
  assert.ok(p);
  assert.equal(p.nick, 'Alice Liddell');
  assert.equal(p.avatar, 'http://127.0.0.1/alice.png');
  assert.equal(p.selfSignature, 'down the rabbit hole');
  assert.equal(p.gender, alice.TencentCloudChat.TYPES.GENDER_FEMALE);
});

test('an invalid profile value is refused with 40001', async () => {
  const alice = await fx.loggedIn('alice');
  // level must be an unsigned integer; the SDK passes it through unchecked.
  await assert.rejects(
    alice.chat.updateMyProfile({ level: -5 }),
    (e: { code: number }) => e.code === 40001,
  );
});
