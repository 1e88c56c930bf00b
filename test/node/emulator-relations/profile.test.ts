// Profiles and relationships: a profile change reaches friends as
// PROFILE_UPDATED, and every field the seed lists round-trips.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { useEmulator } from '../support/emulator-fixture.js';
import { WEB_SOURCE, codeOf, friendListUpdate, setAllowType, settled } from './helpers.js';

interface ProfileView {
  userID: string;
  nick: string;
  selfSignature: string;
}

const fx = useEmulator();
before(() => fx.start());
const user = (id: string) => fx.loggedIn(id).then(settled);

test("a friend's profile change reaches the other friend as PROFILE_UPDATED", async () => {
  const bob = await user('pp-bob');
  await setAllowType(bob, bob.TencentCloudChat.TYPES.ALLOW_TYPE_ALLOW_ANY);
  const alice = await user('pp-alice');
  const befriended = friendListUpdate(alice, (ids) => ids.includes('pp-bob'));
  await alice.chat.addFriend({ to: 'pp-bob', source: WEB_SOURCE });
  await befriended;
  const updated = alice.next<ProfileView[]>(alice.TencentCloudChat.EVENT.PROFILE_UPDATED, (l) =>
    l.some((p) => p.userID === 'pp-bob' && p.nick === 'Robert'),
  );
  await bob.chat.updateMyProfile({ nick: 'Robert', selfSignature: 'builds things' });
  const [p] = (await updated).filter((x) => x.userID === 'pp-bob');
  assert.equal(p?.selfSignature, 'builds things');
});

test('every profile field the seed lists is stored and read back', async () => {
  const carol = await user('pf-carol');
  const { TYPES } = carol.TencentCloudChat;
  const fields = {
    nick: 'Carol',
    avatar: 'http://127.0.0.1/carol.png',
    selfSignature: 'hello',
    allowType: TYPES.ALLOW_TYPE_DENY_ANY,
    gender: TYPES.GENDER_FEMALE,
    birthday: 19900101,
    location: 'Paris',
    language: 2,
    level: 7,
    role: 3,
  };
  await carol.chat.updateMyProfile(fields as Parameters<typeof carol.chat.updateMyProfile>[0]);
  const dave = await user('pf-dave');
  const { data } = await dave.chat.getUserProfile({ userIDList: ['pf-carol'] });
  const got = (data as Record<string, unknown>[])[0] ?? {};
  for (const [k, v] of Object.entries(fields)) assert.equal(got[k], v, k);
});

test('an out-of-range profile value is refused with 40001', async () => {
  const erin = await user('pf-erin');
  await assert.rejects(
    erin.chat.updateMyProfile({ location: 'x'.repeat(40) }),
    (e) => codeOf(e) === 40001,
  );
});
