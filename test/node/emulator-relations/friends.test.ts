// Friends through the real SDK: adding under each AllowType, applications,
// remark, delete one side or both, and relation checks.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { useEmulator } from '../support/emulator-fixture.js';
import {
  WEB_SOURCE,
  applications,
  codeOf,
  friendIDs,
  friendListUpdate,
  setAllowType,
  settled,
  until,
  type ApplicationView,
  type FriendView,
} from './helpers.js';

const fx = useEmulator();
before(() => fx.start());
const user = (id: string) => fx.loggedIn(id).then(settled);

test('AllowAny: addFriend makes both users friends and both SDKs see it', async () => {
  const bob = await user('any-bob');
  await setAllowType(bob, bob.TencentCloudChat.TYPES.ALLOW_TYPE_ALLOW_ANY);
  const alice = await user('any-alice');
  const aliceSees = friendListUpdate(alice, (ids) => ids.includes('any-bob'));
  const bobSees = friendListUpdate(bob, (ids) => ids.includes('any-alice'));
  const { data } = await alice.chat.addFriend({
    to: 'any-bob',
    source: WEB_SOURCE,
    remark: 'Bobby',
    wording: 'hi',
    type: alice.TencentCloudChat.TYPES.SNS_ADD_TYPE_BOTH,
  });
  assert.equal((data as { code: number }).code, 0);
  const list = await aliceSees;
  await bobSees;
  assert.equal(list.find((f) => f.userID === 'any-bob')?.remark, 'Bobby');
  assert.deepEqual(await friendIDs(bob), ['any-alice']);
});

test('NeedConfirm: the target sees the application and accepting adds both ways', async () => {
  const bob = await user('nc-bob');
  await setAllowType(bob, bob.TencentCloudChat.TYPES.ALLOW_TYPE_NEED_CONFIRM);
  const alice = await user('nc-alice');
  const { EVENT, TYPES } = bob.TencentCloudChat;
  const applied = bob.next<{ friendApplicationList: ApplicationView[]; unreadCount: number }>(
    EVENT.FRIEND_APPLICATION_LIST_UPDATED,
    (d) => d.friendApplicationList.some((a) => a.userID === 'nc-alice'),
  );
  const { data } = await alice.chat.addFriend({
    to: 'nc-bob',
    source: WEB_SOURCE,
    wording: 'please',
  });
  assert.equal((data as { code: number }).code, 30539);
  const seen = await applied;
  const app = seen.friendApplicationList.find((a) => a.userID === 'nc-alice');
  assert.equal(app?.type, TYPES.SNS_APPLICATION_SENT_TO_ME);
  assert.equal(app?.wording, 'please');
  assert.equal(seen.unreadCount, 1);
  const sent = (await applications(alice)).list.find((a) => a.userID === 'nc-bob');
  assert.equal(sent?.type, TYPES.SNS_APPLICATION_SENT_BY_ME);

  const aliceSees = friendListUpdate(alice, (ids) => ids.includes('nc-bob'));
  const bobSees = friendListUpdate(bob, (ids) => ids.includes('nc-alice'));
  await bob.chat.acceptFriendApplication({
    userID: 'nc-alice',
    type: TYPES.SNS_APPLICATION_AGREE_AND_ADD,
  });
  await aliceSees;
  await bobSees;
  await until(
    bob,
    EVENT.FRIEND_APPLICATION_LIST_UPDATED,
    async () => (await applications(bob)).list.length === 0,
  );
});

test('NeedConfirm: a refused application leaves no friendship and no application', async () => {
  const bob = await user('rf-bob');
  await setAllowType(bob, bob.TencentCloudChat.TYPES.ALLOW_TYPE_NEED_CONFIRM);
  const alice = await user('rf-alice');
  const { EVENT } = bob.TencentCloudChat;
  const applied = bob.next<{ friendApplicationList: ApplicationView[] }>(
    EVENT.FRIEND_APPLICATION_LIST_UPDATED,
    (d) => d.friendApplicationList.length === 1,
  );
  await alice.chat.addFriend({ to: 'rf-bob', source: WEB_SOURCE });
  await applied;
  const cleared = alice.next<{ friendApplicationList: ApplicationView[] }>(
    EVENT.FRIEND_APPLICATION_LIST_UPDATED,
    (d) => d.friendApplicationList.length === 0,
  );
  const bobCleared = bob.next<{ friendApplicationList: ApplicationView[] }>(
    EVENT.FRIEND_APPLICATION_LIST_UPDATED,
    (d) => d.friendApplicationList.length === 0,
  );
  await bob.chat.refuseFriendApplication({ userID: 'rf-alice' });
  await cleared;
  await bobCleared;
  assert.deepEqual(await friendIDs(alice), []);
  assert.deepEqual(await friendIDs(bob), []);
});

test('DenyAny: addFriend is refused with 30516', async () => {
  const bob = await user('deny-bob');
  await setAllowType(bob, bob.TencentCloudChat.TYPES.ALLOW_TYPE_DENY_ANY);
  const alice = await user('deny-alice');
  await assert.rejects(alice.chat.addFriend({ to: 'deny-bob', source: WEB_SOURCE }), (e) => {
    assert.equal(codeOf(e), 30516);
    return true;
  });
});

test('a sender can delete their own application; reading applications zeroes the unread count', async () => {
  const bob = await user('pd-bob');
  await setAllowType(bob, bob.TencentCloudChat.TYPES.ALLOW_TYPE_NEED_CONFIRM);
  const alice = await user('pd-alice');
  const { EVENT, TYPES } = bob.TencentCloudChat;
  const applied = bob.next<{ unreadCount: number }>(
    EVENT.FRIEND_APPLICATION_LIST_UPDATED,
    (d) => d.unreadCount === 1,
  );
  await alice.chat.addFriend({ to: 'pd-bob', source: WEB_SOURCE });
  await applied;
  const read = bob.next<{ unreadCount: number }>(
    EVENT.FRIEND_APPLICATION_LIST_UPDATED,
    (d) => d.unreadCount === 0,
  );
  await bob.chat.setFriendApplicationRead();
  await read;

  const withdrawn = bob.next<{ friendApplicationList: ApplicationView[] }>(
    EVENT.FRIEND_APPLICATION_LIST_UPDATED,
    (d) => d.friendApplicationList.length === 0,
  );
  await alice.chat.deleteFriendApplication({
    userID: 'pd-bob',
    type: TYPES.SNS_APPLICATION_SENT_BY_ME,
  });
  await withdrawn;
});

async function friends(a: string, b: string) {
  const bob = await user(b);
  await setAllowType(bob, bob.TencentCloudChat.TYPES.ALLOW_TYPE_ALLOW_ANY);
  const alice = await user(a);
  const aliceSees = friendListUpdate(alice, (ids) => ids.includes(b));
  const bobSees = friendListUpdate(bob, (ids) => ids.includes(a));
  await alice.chat.addFriend({ to: b, source: WEB_SOURCE });
  await aliceSees;
  await bobSees;
  return { alice, bob };
}

test('updateFriend changes the remark, and getFriendProfile returns it', async () => {
  const { alice } = await friends('rm-alice', 'rm-bob');
  await alice.chat.updateFriend({ userID: 'rm-bob', remark: 'the builder' });
  const { data } = await alice.chat.getFriendProfile({ userIDList: ['rm-bob'] });
  const list = (data as { friendList: FriendView[] }).friendList;
  assert.equal(list[0]?.remark, 'the builder');
});

test('Delete_Type_Single removes the friend from my list only', async () => {
  const { alice, bob } = await friends('ds-alice', 'ds-bob');
  const gone = friendListUpdate(alice, (ids) => !ids.includes('ds-bob'));
  const { data } = await alice.chat.deleteFriend({
    userIDList: ['ds-bob'],
    type: alice.TencentCloudChat.TYPES.SNS_DELETE_TYPE_SINGLE,
  });
  assert.deepEqual((data as { successUserIDList: { userID: string }[] }).successUserIDList, [
    { userID: 'ds-bob' },
  ]);
  await gone;
  assert.deepEqual(await friendIDs(bob), ['ds-alice']);
  const check = await bob.chat.checkFriend({
    userIDList: ['ds-alice'],
    type: bob.TencentCloudChat.TYPES.SNS_CHECK_TYPE_BOTH,
  });
  const [r] = (check.data as { successUserIDList: { relation: string }[] }).successUserIDList;
  assert.equal(r?.relation, bob.TencentCloudChat.TYPES.SNS_TYPE_A_WITH_B);
});

test('Delete_Type_Both removes the friendship on both sides', async () => {
  const { alice, bob } = await friends('db-alice', 'db-bob');
  const aliceGone = friendListUpdate(alice, (ids) => ids.length === 0);
  const bobGone = friendListUpdate(bob, (ids) => ids.length === 0);
  await alice.chat.deleteFriend({
    userIDList: ['db-bob'],
    type: alice.TencentCloudChat.TYPES.SNS_DELETE_TYPE_BOTH,
  });
  await aliceGone;
  await bobGone;
  const check = await alice.chat.checkFriend({
    userIDList: ['db-bob'],
    type: alice.TencentCloudChat.TYPES.SNS_CHECK_TYPE_BOTH,
  });
  const [r] = (check.data as { successUserIDList: { relation: string }[] }).successUserIDList;
  assert.equal(r?.relation, alice.TencentCloudChat.TYPES.SNS_TYPE_NO_RELATION);
});

test('checkFriend reports both-way friends', async () => {
  const { alice } = await friends('ck-alice', 'ck-bob');
  const { data } = await alice.chat.checkFriend({
    userIDList: ['ck-bob'],
    type: alice.TencentCloudChat.TYPES.SNS_CHECK_TYPE_BOTH,
  });
  const [r] = (data as { successUserIDList: { userID: string; relation: string }[] })
    .successUserIDList;
  assert.equal(r?.relation, alice.TencentCloudChat.TYPES.SNS_TYPE_BOTH_WAY);
});
