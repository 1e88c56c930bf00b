// A Community's profile and presence through the real SDK: the owner renames
// it or posts a notification and members get the profile-updated tip; an
// ordinary member may not edit; the online member count follows logins.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Group, Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import { codeOf, createCommunity, loggedIn, nextGroupMessage } from './support.js';

const fx = useEmulator();
// `offline` is a member who never logs in (an account must exist to be added).
before(() => fx.start({ seedUsers: ['offline'] }));

let users = 0;
const user = (role: string) => loggedIn(fx, `${role}${(users += 1)}`);

/** The payload of a "group profile updated" tip (operationType 6). */
interface ProfileTip {
  operationType: number;
  operatorID: string;
  newGroupProfile: Record<string, unknown>;
}
const profileTip = (m: Message) =>
  m.type === 'TIMGroupTipElem' && (m.payload as ProfileTip).operationType === 6;

test('renaming a Community reaches members as a profile-updated tip with the new name', async () => {
  const owner = await user('own');
  const bob = await user('bob');
  const groupID = await createCommunity(owner, 'old name', [bob]);
  const tip = nextGroupMessage(bob, groupID, profileTip);
  await owner.chat.updateGroupProfile({ groupID, name: 'new name' });
  const payload = (await tip).payload as ProfileTip;
  assert.equal(payload.operatorID, owner.userID);
  assert.equal(payload.newGroupProfile.groupName, 'new name');
  const { data } = await bob.chat.getGroupProfile({ groupID });
  assert.equal((data.group as Group).name, 'new name');
});

test('a new Community notification reaches members in the tip and the profile', async () => {
  const owner = await user('own');
  const bob = await user('bob');
  const groupID = await createCommunity(owner, 'notices', [bob]);
  const tip = nextGroupMessage(bob, groupID, profileTip);
  await owner.chat.updateGroupProfile({ groupID, notification: 'meetup on friday' });
  assert.equal(
    ((await tip).payload as ProfileTip).newGroupProfile.notification,
    'meetup on friday',
  );
  const { data } = await bob.chat.getGroupProfile({ groupID });
  assert.equal((data.group as Group).notification, 'meetup on friday');
});

test('an ordinary Community member cannot edit the profile (10007)', async () => {
  const owner = await user('own');
  const bob = await user('bob');
  const groupID = await createCommunity(owner, 'read only', [bob]);
  assert.equal(await codeOf(bob.chat.updateGroupProfile({ groupID, name: 'mine now' })), 10007);
});

test('the online member count of a Community counts only the members logged in', async () => {
  const owner = await user('own');
  const bob = await user('bob');
  const groupID = await createCommunity(owner, 'who is here', [bob]);
  await owner.chat.addGroupMember({ groupID, userIDList: ['offline'] });
  const { data } = await bob.chat.getGroupOnlineMemberCount(groupID);
  assert.equal(data.memberCount, 2);
});
