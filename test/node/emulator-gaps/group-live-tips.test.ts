// Group tips and system notices that reach online members live, through the
// real SDK: quit, admin set and unset, and a mute (member info change).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import type { SdkClient } from '../support/sdk-client.js';
import {
  createGroup,
  nextGroupMessage,
  nextSystemNotice,
  umd,
} from '../emulator-groups/support.js';

const fx = useEmulator();
const users = ['alice', 'bob', 'carol', 'dave', 'erin', 'fred', 'gina', 'hank', 'ivan', 'judy'];
before(() => fx.start({ seedUsers: users }));

type TipPayload = {
  operationType: number;
  operatorID: string;
  userIDList: string[];
  memberList?: { userID: string; muteTime: number }[];
};
type NoticePayload = {
  operationType: number;
  operatorID: string;
  groupProfile: { groupID: string };
};

const TIP = 'TIMGroupTipElem';
/**
 * Group system notice operationType values from Tencent's GroupSystemNoticePayload
 * docs; the SDK has no TYPES constants for them.
 */
const NOTICE_QUIT = 8;
const NOTICE_SET_ADMIN = 9;
const NOTICE_CANCEL_ADMIN = 10;

/** The next live tip of `operationType` in `groupID`. */
async function nextTip(c: SdkClient, groupID: string, operationType: number): Promise<TipPayload> {
  const m = await nextGroupMessage(
    c,
    groupID,
    (msg: Message) =>
      msg.type === TIP && (msg.payload as TipPayload).operationType === operationType,
    15000,
  );
  return m.payload as TipPayload;
}

/** A Public group owned by `owner` with the given members, all logged in. */
async function publicGroup(
  owner: string,
  members: string[],
): Promise<{ groupID: string; clients: SdkClient[] }> {
  const clients = [await fx.loggedIn(owner, umd)];
  for (const id of members) clients.push(await fx.loggedIn(id, umd));
  const [o] = clients as [SdkClient];
  const groupID = await createGroup(o, {
    type: 'Public',
    name: 'live tips',
    memberList: members.map((userID) => ({ userID })),
  });
  return { groupID, clients };
}

test('a member who quits: the others get the quit tip (GRP_TIP_MBR_QUIT) naming them', async () => {
  const { groupID, clients } = await publicGroup('alice', ['bob', 'carol']);
  const [alice, bob, carol] = clients as [SdkClient, SdkClient, SdkClient];
  const { TYPES } = bob.TencentCloudChat;
  const tip = nextTip(bob, groupID, TYPES.GRP_TIP_MBR_QUIT);
  const ownerTip = nextTip(alice, groupID, TYPES.GRP_TIP_MBR_QUIT);
  await carol.chat.quitGroup(groupID);
  const got = await tip;
  assert.deepEqual(got.userIDList, ['carol']);
  assert.equal(got.operatorID, 'carol');
  assert.deepEqual((await ownerTip).userIDList, ['carol']);
});

test('the member who quits gets the quit system notice for that group', async () => {
  const { groupID, clients } = await publicGroup('dave', ['erin']);
  const erin = clients[1] as SdkClient;
  const notice = nextSystemNotice(
    erin,
    (p) => (p as NoticePayload).groupProfile?.groupID === groupID,
    15000,
  );
  await erin.chat.quitGroup(groupID);
  const payload = (await notice).payload as NoticePayload;
  assert.equal(payload.operationType, NOTICE_QUIT);
});

test('an admin set by the owner: members get GRP_TIP_MBR_SET_ADMIN, the new admin a notice', async () => {
  const { groupID, clients } = await publicGroup('fred', ['gina', 'hank']);
  const [fred, gina, hank] = clients as [SdkClient, SdkClient, SdkClient];
  const { TYPES } = fred.TencentCloudChat;
  const tip = nextTip(hank, groupID, TYPES.GRP_TIP_MBR_SET_ADMIN);
  const notice = nextSystemNotice(
    gina,
    (p) => (p as NoticePayload).operationType === NOTICE_SET_ADMIN,
    15000,
  );
  await fred.chat.setGroupMemberRole({ groupID, userID: 'gina', role: TYPES.GRP_MBR_ROLE_ADMIN });
  const got = await tip;
  assert.deepEqual(got.userIDList, ['gina']);
  assert.equal(got.operatorID, 'fred');
  assert.equal(((await notice).payload as NoticePayload).groupProfile.groupID, groupID);
});

test('an admin unset: members get GRP_TIP_MBR_CANCELED_ADMIN, the member a cancel-admin notice', async () => {
  const { groupID, clients } = await publicGroup('ivan', ['judy', 'alice']);
  const [ivan, judy, alice] = clients as [SdkClient, SdkClient, SdkClient];
  const { TYPES } = ivan.TencentCloudChat;
  await ivan.chat.setGroupMemberRole({ groupID, userID: 'judy', role: TYPES.GRP_MBR_ROLE_ADMIN });
  const tip = nextTip(alice, groupID, TYPES.GRP_TIP_MBR_CANCELED_ADMIN);
  const notice = nextSystemNotice(
    judy,
    (p) => (p as NoticePayload).operationType === NOTICE_CANCEL_ADMIN,
    15000,
  );
  await ivan.chat.setGroupMemberRole({ groupID, userID: 'judy', role: TYPES.GRP_MBR_ROLE_MEMBER });
  const got = await tip;
  assert.deepEqual(got.userIDList, ['judy']);
  assert.equal(got.operatorID, 'ivan');
  const payload = (await notice).payload as NoticePayload;
  assert.equal(payload.groupProfile.groupID, groupID);
  assert.equal(payload.operatorID, 'ivan');
});

test('a member muted by the owner: members get GRP_TIP_MBR_PROFILE_UPDATED with the mute time', async () => {
  const { groupID, clients } = await publicGroup('bob', ['carol', 'dave']);
  const [bob, , dave] = clients as [SdkClient, SdkClient, SdkClient];
  const { TYPES } = bob.TencentCloudChat;
  const tip = nextTip(dave, groupID, TYPES.GRP_TIP_MBR_PROFILE_UPDATED);
  await bob.chat.setGroupMemberMuteTime({ groupID, userID: 'carol', muteTime: 600 });
  const got = await tip;
  assert.equal(got.operatorID, 'bob');
  assert.deepEqual(
    got.memberList?.map((m) => ({ userID: m.userID, muteTime: m.muteTime })),
    [{ userID: 'carol', muteTime: 600 }],
  );
});
