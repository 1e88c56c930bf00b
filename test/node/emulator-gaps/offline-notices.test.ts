// Group system notices for someone who was offline when they happened: the
// SDK's login sync (openim.getmsg) brings them, and it files them under the
// @TIM#SYSTEM conversation; the group list reflects the change.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import type { SdkClient } from '../support/sdk-client.js';
import { createGroup, umd } from '../emulator-groups/support.js';

const fx = useEmulator();
const users = ['alice', 'bob', 'carol', 'dave', 'erin', 'fred', 'gina', 'hank'];
before(() => fx.start({ seedUsers: users }));

type Notice = { operationType: number; groupProfile: { groupID: string } };

/** Logs in and waits until the system conversation holds a notice matching `test`. */
async function loginForNotice(
  userID: string,
  test: (p: Notice) => boolean,
): Promise<{ client: SdkClient; notice: Notice }> {
  const client = await fx.client(userID, umd);
  await client.login();
  const deadline = Date.now() + 10000;
  for (;;) {
    const r = await client.chat.getMessageList({ conversationID: '@TIM#SYSTEM' });
    const found = (r.data.messageList as Message[])
      .map((m) => m.payload as Notice)
      .find((p) => test(p));
    if (found) return { client, notice: found };
    if (Date.now() > deadline) throw new Error(`no matching notice for ${userID}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const groupIDs = async (c: SdkClient): Promise<string[]> =>
  ((await c.chat.getGroupList()).data.groupList as { groupID: string }[]).map((g) => g.groupID);

test('a member kicked while offline gets the notice at next login and the group is gone', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const groupID = await createGroup(alice, {
    type: 'Public',
    name: 'kick',
    memberList: [{ userID: 'bob' }],
  });
  await alice.chat.deleteGroupMember({ groupID, userIDList: ['bob'] });
  const { client: bob } = await loginForNotice(
    'bob',
    (p) => p.operationType === 4 && p.groupProfile.groupID === groupID,
  );
  assert.ok(!(await groupIDs(bob)).includes(groupID));
});

test('a group dismissed while a member was offline is announced at next login', async () => {
  const carol = await fx.loggedIn('carol', umd);
  const groupID = await createGroup(carol, {
    type: 'Public',
    name: 'gone',
    memberList: [{ userID: 'dave' }],
  });
  await carol.chat.dismissGroup(groupID);
  const { client: dave } = await loginForNotice(
    'dave',
    (p) => p.operationType === 5 && p.groupProfile.groupID === groupID,
  );
  assert.ok(!(await groupIDs(dave)).includes(groupID));
});

test('an application approved while the applicant was offline: notice and group at login', async () => {
  const erin = await fx.loggedIn('erin', umd);
  const groupID = await createGroup(erin, {
    type: 'Public',
    name: 'apply',
    joinOption: 'NeedPermission',
  });
  const fred = await fx.loggedIn('fred', umd);
  await fred.chat.joinGroup({ groupID, applyMessage: 'let me in' });
  await fred.destroy();
  const { data } = await erin.chat.getGroupApplicationList();
  const application = (data.applicationList as { groupID: string }[]).find(
    (a) => a.groupID === groupID,
  );
  assert.ok(application, 'the owner sees the application');
  await erin.chat.handleGroupApplication({ handleAction: 'Agree', application } as never);
  const { client } = await loginForNotice(
    'fred',
    (p) => p.operationType === 2 && p.groupProfile.groupID === groupID,
  );
  assert.ok((await groupIDs(client)).includes(groupID));
});

test('an application refused while the applicant was offline is announced at login', async () => {
  const gina = await fx.loggedIn('gina', umd);
  const groupID = await createGroup(gina, {
    type: 'Public',
    name: 'no',
    joinOption: 'NeedPermission',
  });
  const hank = await fx.loggedIn('hank', umd);
  await hank.chat.joinGroup({ groupID, applyMessage: 'please' });
  await hank.destroy();
  const { data } = await gina.chat.getGroupApplicationList();
  const application = (data.applicationList as { groupID: string }[]).find(
    (a) => a.groupID === groupID,
  );
  await gina.chat.handleGroupApplication({ handleAction: 'Reject', application } as never);
  const { client } = await loginForNotice(
    'hank',
    (p) => p.operationType === 3 && p.groupProfile.groupID === groupID,
  );
  assert.ok(!(await groupIDs(client)).includes(groupID));
});

test('an application made while the owner was offline reaches the owner at login', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const groupID = await createGroup(alice, {
    type: 'Public',
    name: 'later',
    joinOption: 'NeedPermission',
  });
  await alice.destroy();
  const carol = await fx.loggedIn('carol', umd);
  await carol.chat.joinGroup({ groupID, applyMessage: 'hello' });
  await loginForNotice('alice', (p) => p.operationType === 1 && p.groupProfile.groupID === groupID);
});
