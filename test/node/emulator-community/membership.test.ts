// Who is in a Community and how they get there, through the real SDK: the
// owner invites, a stranger finds the group by ID and joins without approval
// (docs/what-users-expect.md group table), and a dismissal reaches everyone.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Group, Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import {
  codeOf,
  createCommunity,
  loggedIn,
  nextGroupMessage,
  nextSystemNotice,
} from './support.js';

const fx = useEmulator();
before(() => fx.start());

let users = 0;
/** A fresh logged-in user; names never repeat, so tests share no state. */
const user = (role: string) => loggedIn(fx, `${role}${(users += 1)}`);

const isTip = (operationType: number) => (m: Message) =>
  m.type === 'TIMGroupTipElem' &&
  (m.payload as { operationType: number }).operationType === operationType;

async function groupIDs(c: {
  chat: { getGroupList(): Promise<{ data: { groupList: Group[] } }> };
}) {
  const { data } = await c.chat.getGroupList();
  return data.groupList.map((g) => g.groupID);
}

test('a created Community is listed as Community with its owner', async () => {
  const owner = await user('own');
  const groupID = await createCommunity(owner, 'neighbours');
  const { data } = await owner.chat.getGroupProfile({ groupID });
  const group = data.group as Group;
  assert.equal(group.type, 'Community');
  assert.equal(group.ownerID, owner.userID);
});

test('an invited user gets the Community in their group list', async () => {
  const owner = await user('own');
  const bob = await user('bob');
  const groupID = await createCommunity(owner, 'invite only');
  const invited = nextSystemNotice(bob, (p) => p.operationType === 7);
  const { data } = await owner.chat.addGroupMember({ groupID, userIDList: [bob.userID] });
  assert.deepEqual((data as { successUserIDList: string[] }).successUserIDList, [bob.userID]);
  await invited;
  assert.ok((await groupIDs(bob)).includes(groupID));
});

test('members see a join tip naming the invited user', async () => {
  const owner = await user('own');
  const bob = await user('bob');
  const carol = await user('carol');
  const groupID = await createCommunity(owner, 'tips', [bob]);
  const tip = nextGroupMessage(bob, groupID, isTip(1));
  await owner.chat.addGroupMember({ groupID, userIDList: [carol.userID] });
  assert.deepEqual(((await tip).payload as { userIDList: string[] }).userIDList, [carol.userID]);
});

test('a non-member finds the Community by ID and sees its public profile', async () => {
  const owner = await user('own');
  const stranger = await user('str');
  const groupID = await createCommunity(owner, 'findable');
  const { data } = await stranger.chat.searchGroupByID(groupID);
  const group = data.group as Group;
  assert.equal(group.groupID, groupID);
  assert.equal(group.name, 'findable');
  assert.equal(group.type, 'Community');
});

test('a non-member who applies joins at once, without approval', async () => {
  const owner = await user('own');
  const stranger = await user('str');
  const groupID = await createCommunity(owner, 'open doors');
  const tip = nextGroupMessage(owner, groupID, isTip(1));
  const { data } = await stranger.chat.joinGroup({ groupID });
  assert.equal((data as { status: string }).status, 'JoinedSuccess');
  assert.deepEqual(((await tip).payload as { userIDList: string[] }).userIDList, [stranger.userID]);
  assert.ok((await groupIDs(stranger)).includes(groupID));
});

test('handling an application to a Community, which never waits for approval, answers 10004', async () => {
  const owner = await user('own');
  const joiner = await user('joi');
  const groupID = await createCommunity(owner, 'no queue');
  await joiner.chat.joinGroup({ groupID });
  const { data } = await owner.chat.getGroupApplicationList();
  assert.equal((data as { applicationList: unknown[] }).applicationList.length, 0);
  const code = await codeOf(
    owner.chat.handleGroupApplication({
      handleAction: 'Agree',
      application: { applicant: joiner.userID, groupID, authentication: '', messageKey: 0 },
    } as never),
  );
  assert.equal(code, 10004);
});

test('members learn that the owner dismissed the Community and it leaves their list', async () => {
  const owner = await user('own');
  const bob = await user('bob');
  const groupID = await createCommunity(owner, 'closing down', [bob]);
  const dismissed = nextSystemNotice(bob, (p) => p.operationType === 5);
  await owner.chat.dismissGroup(groupID);
  const notice = await dismissed;
  assert.equal(
    (notice.payload as { groupProfile: { groupID: string } }).groupProfile.groupID,
    groupID,
  );
  assert.ok(!(await groupIDs(bob)).includes(groupID));
});
