import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { useEmulator } from '../support/emulator-fixture.js';
import { delay } from '../support/sdk-client.js';
import {
  codeOf,
  createGroup,
  nextGroupMessage,
  nextSystemNotice,
  sendText,
  umd,
} from './support.js';

const fx = useEmulator();
const user = (userID: string) => fx.loggedIn(userID, umd);
before(() =>
  fx.start({
    seedUsers: [
      'alice',
      'amy',
      'ann',
      'abe',
      'ada',
      'ava',
      'gus',
      'bob',
      'ben',
      'carol',
      'dave',
      'erin',
      'fred',
    ],
  }),
);

type Group = { groupID: string; memberCount: number; ownerID: string; type: string; name: string };
type Member = { userID: string; role: string; muteUntil: number; nameCard: string };

test('each of the five types is created and listed with its profile fields', async () => {
  const alice = await user('alice');
  const ids: string[] = [];
  for (const type of ['Private', 'Public', 'ChatRoom', 'AVChatRoom', 'Community']) {
    ids.push(await createGroup(alice, { type, name: `${type} room` }));
    // The SDK itself allows 8 group-profile reads a second and each create makes
    // several: pace creates like a user would, or it refuses with 2996.
    await delay(1000);
  }
  assert.ok(ids[4]?.startsWith('@TGS#_'), 'a Community ID carries the @TGS#_ prefix');
  const custom = await createGroup(alice, {
    type: 'Public',
    name: 'custom',
    groupID: 'my-group-1',
  });
  assert.equal(custom, 'my-group-1');
  const { data } = await alice.chat.getGroupList();
  const listed = (data.groupList as Group[]).map((g) => g.groupID);
  for (const id of [...ids.filter((_, i) => i !== 3), custom]) assert.ok(listed.includes(id), id);
  const { data: p } = await alice.chat.getGroupProfile({ groupID: custom });
  const g = p.group as Group & { joinOption: string };
  assert.equal(g.name, 'custom');
  assert.equal(g.ownerID, 'alice');
  assert.equal(g.joinOption, 'NeedPermission');
  assert.equal(
    await codeOf(createGroup(alice, { type: 'Public', name: 'again', groupID: 'my-group-1' })),
    10025,
  );
});

test('an invited member of a Work group gets the invite notice and the group', async () => {
  const alice = await user('amy');
  const bob = await user('bob');
  const groupID = await createGroup(alice, { type: 'Private', name: 'work' });
  const invited = nextSystemNotice(bob, (p) => p.operationType === 7);
  const tip = nextGroupMessage(alice, groupID, (m) => m.type === 'TIMGroupTipElem');
  const { data } = await alice.chat.addGroupMember({ groupID, userIDList: ['bob'] });
  assert.deepEqual((data as { successUserIDList: string[] }).successUserIDList, ['bob']);
  await invited;
  assert.equal(((await tip).payload as { operationType: number }).operationType, 1);
  const { data: list } = await alice.chat.getGroupMemberList({ groupID, count: 50, offset: 0 });
  assert.deepEqual(
    (list.memberList as Member[]).map((m) => [m.userID, m.role]),
    [
      ['amy', 'Owner'],
      ['bob', 'Member'],
    ],
  );
  assert.equal(await codeOf(bob.chat.dismissGroup(groupID)), 2622);
});

test('an application is approved and the applicant joins; another is refused', async () => {
  const alice = await user('ann');
  const carol = await user('carol');
  const dave = await user('dave');
  const groupID = await createGroup(alice, { type: 'Public', name: 'public' });
  const applied = nextSystemNotice(alice, (p) => p.operationType === 1);
  const { data } = await carol.chat.joinGroup({ groupID, applyMessage: 'let me in' });
  assert.equal((data as { status: string }).status, 'WaitAdminApproval');
  await applied;
  await dave.chat.joinGroup({ groupID, applyMessage: 'me too' });
  const { data: apps } = await alice.chat.getGroupApplicationList();
  const list = (apps as { applicationList: { applicant: string; groupID: string }[] })
    .applicationList;
  const fromCarol = list.find((a) => a.applicant === 'carol' && a.groupID === groupID);
  const fromDave = list.find((a) => a.applicant === 'dave' && a.groupID === groupID);
  assert.ok(fromCarol && fromDave);
  const approved = nextSystemNotice(carol, (p) => p.operationType === 2);
  await alice.chat.handleGroupApplication({
    handleAction: 'Agree',
    application: fromCarol,
  } as never);
  await approved;
  const refused = nextSystemNotice(dave, (p) => p.operationType === 3);
  await alice.chat.handleGroupApplication({
    handleAction: 'Reject',
    handleMessage: 'no',
    application: fromDave,
  } as never);
  await refused;
  const { data: m } = await alice.chat.getGroupMemberProfile({
    groupID,
    userIDList: ['carol', 'dave'],
  });
  assert.deepEqual(
    (m.memberList as Member[]).map((x) => x.userID),
    ['carol'],
  );
});

test('kick, owner quit, transfer and admin rules follow the permission table', async () => {
  const alice = await user('abe');
  const bob = await user('ben');
  const erin = await user('erin');
  const groupID = await createGroup(alice, {
    type: 'Community',
    name: 'community',
    memberList: [{ userID: 'ben' }, { userID: 'erin' }],
  });
  assert.equal(await codeOf(bob.chat.deleteGroupMember({ groupID, userIDList: ['erin'] })), 10007);
  const kicked = nextSystemNotice(erin, (p) => p.operationType === 4);
  await alice.chat.deleteGroupMember({ groupID, userIDList: ['erin'] });
  await kicked;
  assert.equal(await codeOf(alice.chat.quitGroup(groupID)), 10009);
  const setAdmin = nextSystemNotice(bob, (p) => p.operationType === 9);
  await alice.chat.setGroupMemberRole({ groupID, userID: 'ben', role: 'Admin' } as never);
  await setAdmin;
  await alice.chat.changeGroupOwner({ groupID, newOwnerID: 'ben' });
  const { data } = await bob.chat.getGroupProfile({ groupID });
  assert.equal((data.group as Group).ownerID, 'ben');
  await alice.chat.quitGroup(groupID);
  const { data: left } = await bob.chat.getGroupMemberList({ groupID, count: 50, offset: 0 });
  assert.deepEqual(
    (left.memberList as Member[]).map((x) => x.userID),
    ['ben'],
  );
});

test('a muted member cannot send (10017) and profile edits respect the byte limits', async () => {
  const alice = await user('ada');
  const fred = await user('fred');
  const groupID = await createGroup(alice, { type: 'ChatRoom', name: 'meeting' });
  await fred.chat.joinGroup({ groupID });
  await sendText(fred, groupID, 'before mute');
  await alice.chat.setGroupMemberMuteTime({ groupID, userID: 'fred', muteTime: 600 });
  assert.equal(await codeOf(sendText(fred, groupID, 'muted')), 10017);
  assert.equal(
    await codeOf(alice.chat.updateGroupProfile({ groupID, name: 'x'.repeat(31) })),
    10004,
  );
  assert.equal(await codeOf(fred.chat.updateGroupProfile({ groupID, name: 'mine' })), 10007);
  const tip = nextGroupMessage(fred, groupID, (m) => m.type === 'TIMGroupTipElem');
  await alice.chat.updateGroupProfile({ groupID, name: 'renamed', notification: 'n'.repeat(300) });
  assert.equal(((await tip).payload as { operationType: number }).operationType, 6);
  const { data } = await fred.chat.getGroupProfile({ groupID });
  assert.equal((data.group as Group).name, 'renamed');
  const dismissed = nextSystemNotice(fred, (p) => p.operationType === 5);
  await alice.chat.dismissGroup(groupID);
  await dismissed;
});

test('a non-member finds a group by ID; members set name card and receive option', async () => {
  const ava = await user('ava');
  const gus = await user('gus');
  const groupID = await createGroup(ava, {
    type: 'Public',
    name: 'findable',
    joinOption: 'FreeAccess',
  });
  const { data } = await gus.chat.searchGroupByID(groupID);
  assert.equal((data.group as Group).name, 'findable');
  await gus.chat.joinGroup({ groupID });
  await gus.chat.setGroupMemberNameCard({ groupID, userID: 'gus', nameCard: 'Gus G.' });
  assert.equal(
    await codeOf(
      gus.chat.setGroupMemberNameCard({ groupID, userID: 'gus', nameCard: 'n'.repeat(51) }),
    ),
    10004,
  );
  await gus.chat.setMessageRemindType({ groupID, messageRemindType: 'AcceptNotNotify' } as never);
  const { data: m } = await ava.chat.getGroupMemberProfile({ groupID, userIDList: ['gus'] });
  assert.equal((m.memberList as Member[])[0]?.nameCard, 'Gus G.');
  const { data: p } = await gus.chat.getGroupProfile({ groupID });
  assert.equal(
    (p.group as { selfInfo: { messageRemindType: string } }).selfInfo.messageRemindType,
    'AcceptNotNotify',
  );
});
