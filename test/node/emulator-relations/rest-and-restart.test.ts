// The REST side of relationships (sns/friend_add, friend_get, friend_delete)
// and persistence of every relationship across a restart on the same file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useEmulator } from '../support/emulator-fixture.js';
import { adminRest } from '../support/admin-rest.js';
import {
  WEB_SOURCE,
  applications,
  friendIDs,
  friendListUpdate,
  setAllowType,
  settled,
  until,
} from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'tim-relations-'));
const data = join(dir, 'state.sqlite');
const fx = useEmulator();
before(() => fx.start({ data, seedUsers: ['r-alice', 'r-bob', 'r-carol', 'r-dan', 'r-eve'] }));
after(() => rmSync(dir, { recursive: true, force: true }));
const user = (id: string) => fx.loggedIn(id).then(settled);

const rest = (path: string, body: object) => adminRest(fx.emu(), path, body);

test('REST friend_add with ForceAddFlags befriends a logged-in user, who sees it pushed', async () => {
  const bob = await user('r-bob');
  const seen = friendListUpdate(bob, (ids) => ids.includes('r-alice'));
  const r = await rest('sns/friend_add', {
    From_Account: 'r-alice',
    AddFriendItem: [{ To_Account: 'r-bob', AddSource: 'AddSource_Type_Server' }],
    AddType: 'Add_Type_Both',
    ForceAddFlags: 1,
  });
  assert.equal(r.ErrorCode, 0);
  assert.deepEqual(r.ResultItem, [{ To_Account: 'r-bob', ResultCode: 0, ResultInfo: '' }]);
  await seen;
  const got = await rest('sns/friend_get', { From_Account: 'r-alice', StartIndex: 0 });
  assert.deepEqual(
    (got.UserDataItem as { To_Account: string }[]).map((i) => i.To_Account),
    ['r-bob'],
  );
  const del = await rest('sns/friend_delete', {
    From_Account: 'r-alice',
    To_Account: ['r-bob', 'r-nobody'],
    DeleteType: 'Delete_Type_Both',
  });
  assert.deepEqual(
    (del.ResultItem as { ResultCode: number }[]).map((i) => i.ResultCode),
    [0, 30001],
  );
  await bob.destroy();
});

test('REST friend_add refuses malformed input with 30001 and changes nothing', async () => {
  const r = await rest('sns/friend_add', { From_Account: 'r-alice', AddFriendItem: 'r-bob' });
  assert.equal(r.ErrorCode, 30001);
  const got = await rest('sns/friend_get', { From_Account: 'r-alice' });
  assert.equal(got.FriendNum, 0);
});

test('friends, applications, blacklist and friend groups survive a restart', async () => {
  const dan = await user('r-dan');
  await setAllowType(dan, dan.TencentCloudChat.TYPES.ALLOW_TYPE_ALLOW_ANY);
  const eve = await user('r-eve');
  await setAllowType(eve, eve.TencentCloudChat.TYPES.ALLOW_TYPE_NEED_CONFIRM);
  const carol = await user('r-carol');
  const added = friendListUpdate(carol, (ids) => ids.includes('r-dan'));
  await carol.chat.addFriend({ to: 'r-dan', source: WEB_SOURCE, remark: 'Danny' });
  await added;
  await carol.chat.addFriend({ to: 'r-eve', source: WEB_SOURCE });
  await carol.chat.createFriendGroup({ name: 'club', userIDList: ['r-dan'] });
  await carol.chat.addToBlacklist({ userIDList: ['r-alice'] });
  for (const c of [carol, dan, eve]) await c.destroy();

  const first = fx.emu();
  await first.close();
  await fx.start({ data, port: first.port });
  const again = await user('r-carol');
  assert.deepEqual(await friendIDs(again), ['r-dan']);
  const remark = ((await again.chat.getFriendList()).data as { remark: string }[])[0]?.remark;
  assert.equal(remark, 'Danny');
  assert.deepEqual(
    (await applications(again)).list.map((a) => [a.userID, a.type]),
    [['r-eve', 'Pendency_Type_SendOut']],
  );
  const { EVENT } = again.TencentCloudChat;
  await until(
    again,
    EVENT.BLACKLIST_UPDATED,
    async () => ((await again.chat.getBlacklist()).data as string[]).length > 0,
  );
  assert.deepEqual((await again.chat.getBlacklist()).data, ['r-alice']);
  await until(
    again,
    EVENT.FRIEND_GROUP_LIST_UPDATED,
    async () => ((await again.chat.getFriendGroupList()).data as unknown[]).length > 0,
  );
  const [g] = (await again.chat.getFriendGroupList()).data as {
    name: string;
    userIDList: string[];
  }[];
  assert.deepEqual([g?.name, g?.userIDList], ['club', ['r-dan']]);
});
