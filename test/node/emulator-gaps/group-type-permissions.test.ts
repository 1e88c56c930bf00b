// Who may invite and who may apply, by group type (the permission table in
// docs/what-users-expect.md), through the real SDK's addGroupMember and joinGroup.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { useEmulator } from '../support/emulator-fixture.js';
import type { SdkClient } from '../support/sdk-client.js';
import { codeOf, createGroup, umd } from '../emulator-groups/support.js';

const fx = useEmulator();
const users = ['alice', 'bob', 'carol', 'dave', 'erin', 'fred', 'gina', 'hank', 'ivan'];
before(() => fx.start({ seedUsers: users }));

const memberIDs = async (c: SdkClient, groupID: string): Promise<string[]> => {
  const { data } = await c.chat.getGroupMemberList({ groupID, count: 100, offset: 0 });
  return (data.memberList as { userID: string }[]).map((m) => m.userID).sort();
};

test('an ordinary member of a Public group cannot invite (10007); nobody is added', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const bob = await fx.loggedIn('bob', umd);
  const groupID = await createGroup(alice, {
    type: 'Public',
    name: 'no invites',
    memberList: [{ userID: 'bob' }],
  });
  const code = await codeOf(bob.chat.addGroupMember({ groupID, userIDList: ['carol'] }));
  assert.equal(code, 10007);
  assert.deepEqual(await memberIDs(alice, groupID), ['alice', 'bob']);
});

test('an ordinary member of a Meeting group cannot invite either (10007)', async () => {
  const dave = await fx.loggedIn('dave', umd);
  const erin = await fx.loggedIn('erin', umd);
  const groupID = await createGroup(dave, {
    type: 'ChatRoom',
    name: 'meeting',
    memberList: [{ userID: 'erin' }],
  });
  const code = await codeOf(erin.chat.addGroupMember({ groupID, userIDList: ['fred'] }));
  assert.equal(code, 10007);
  assert.deepEqual(await memberIDs(dave, groupID), ['dave', 'erin']);
});

test('applying to join a Work group is refused with 2601 and does not join', async () => {
  const fred = await fx.loggedIn('fred', umd);
  const gina = await fx.loggedIn('gina', umd);
  const groupID = await createGroup(fred, { type: 'Private', name: 'work' });
  const code = await codeOf(gina.chat.joinGroup({ groupID, applyMessage: 'hi' }));
  assert.equal(code, 2601);
  assert.deepEqual(await memberIDs(fred, groupID), ['fred']);
});

test('applying to a Meeting group joins at once, without approval', async () => {
  const hank = await fx.loggedIn('hank', umd);
  const ivan = await fx.loggedIn('ivan', umd);
  const groupID = await createGroup(hank, { type: 'ChatRoom', name: 'open meeting' });
  const { data } = await ivan.chat.joinGroup({ groupID, applyMessage: 'hi' });
  assert.equal(
    (data as { status: string }).status,
    ivan.TencentCloudChat.TYPES.JOIN_STATUS_SUCCESS,
  );
  assert.deepEqual(await memberIDs(hank, groupID), ['hank', 'ivan']);
  const { data: mine } = await ivan.chat.getGroupList();
  assert.ok((mine.groupList as { groupID: string }[]).some((g) => g.groupID === groupID));
});
