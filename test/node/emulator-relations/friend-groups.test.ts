// Friend groups through the real SDK: create with members, rename, add and
// remove friends, delete, and the list a fresh login reads back.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { useEmulator } from '../support/emulator-fixture.js';
import { WEB_SOURCE, friendListUpdate, setAllowType, settled, until } from './helpers.js';

interface FriendGroupView {
  name: string;
  userIDList: string[];
  count: number;
}

const fx = useEmulator();
before(() => fx.start());
const user = (id: string) => fx.loggedIn(id).then(settled);

async function withFriends(owner: string, others: string[]) {
  for (const id of others) {
    const other = await user(id);
    await setAllowType(other, other.TencentCloudChat.TYPES.ALLOW_TYPE_ALLOW_ANY);
  }
  const me = await user(owner);
  const all = friendListUpdate(me, (ids) => others.every((o) => ids.includes(o)));
  for (const id of others) await me.chat.addFriend({ to: id, source: WEB_SOURCE });
  await all;
  return me;
}

const groupsOf = async (c: Awaited<ReturnType<typeof user>>) =>
  ((await c.chat.getFriendGroupList()).data as FriendGroupView[]).map((g) => ({
    name: g.name,
    members: [...g.userIDList].sort(),
  }));

test('create, rename, add to, remove from and delete a friend group', async () => {
  const me = await withFriends('fg-me', ['fg-ann', 'fg-ben', 'fg-cat']);
  const { EVENT } = me.TencentCloudChat;

  const created = me.next<FriendGroupView[]>(EVENT.FRIEND_GROUP_LIST_UPDATED, (l) =>
    l.some((g) => g.name === 'work'),
  );
  const { data } = await me.chat.createFriendGroup({
    name: 'work',
    userIDList: ['fg-ann', 'fg-ben', 'fg-stranger'],
  });
  await created;
  const failed = (data as { failureUserIDList: { userID: string }[] }).failureUserIDList;
  assert.deepEqual(
    failed.map((f) => f.userID),
    ['fg-stranger'],
  );
  assert.deepEqual(await groupsOf(me), [{ name: 'work', members: ['fg-ann', 'fg-ben'] }]);

  await me.chat.renameFriendGroup({ oldName: 'work', newName: 'office' });
  await me.chat.addToFriendGroup({ name: 'office', userIDList: ['fg-cat'] });
  await me.chat.removeFromFriendGroup({ name: 'office', userIDList: ['fg-ann'] });
  const expected = [{ name: 'office', members: ['fg-ben', 'fg-cat'] }];
  assert.deepEqual(await groupsOf(me), expected);

  // A fresh login reads the same from the server.
  await me.destroy();
  const again = await user('fg-me');
  await until(
    again,
    EVENT.FRIEND_GROUP_LIST_UPDATED,
    async () => (await groupsOf(again)).length > 0,
  );
  assert.deepEqual(await groupsOf(again), expected);

  const deleted = again.next<FriendGroupView[]>(EVENT.FRIEND_GROUP_LIST_UPDATED, (l) =>
    l.every((g) => g.name !== 'office'),
  );
  await again.chat.deleteFriendGroup({ name: 'office' });
  await deleted;
  assert.deepEqual(await groupsOf(again), []);
});

test('a friend group created while adding a friend holds that friend', async () => {
  const bob = await user('fga-bob');
  await setAllowType(bob, bob.TencentCloudChat.TYPES.ALLOW_TYPE_ALLOW_ANY);
  const alice = await user('fga-alice');
  const added = friendListUpdate(alice, (ids) => ids.includes('fga-bob'));
  await alice.chat.addFriend({ to: 'fga-bob', source: WEB_SOURCE, groupName: 'pals' });
  const list = await added;
  assert.deepEqual(list.find((f) => f.userID === 'fga-bob')?.groupList, ['pals']);
  await alice.destroy();
  const again = await user('fga-alice');
  await until(
    again,
    again.TencentCloudChat.EVENT.FRIEND_GROUP_LIST_UPDATED,
    async () => (await groupsOf(again)).length > 0,
  );
  assert.deepEqual(await groupsOf(again), [{ name: 'pals', members: ['fga-bob'] }]);
});
