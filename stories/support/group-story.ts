// Seeds the groups the group element stories show, through the REST API and the viewer's own
// core: a Public group the viewer owns with 120 members (an admin, a muted member), a Public
// group where the viewer is an ordinary member, and a Work group. Seeded once per emulator.
import type { TimCore } from '@tim-kit/headless';
import {
  connect,
  createStoryGroup,
  PEERS,
  rest,
  VIEWER,
  type StoryConnection,
} from './tim-story.js';
import { seedLongGroup } from './long-names-seed.js';

export const GROUPS = {
  owned: 'sb-owned-public',
  member: 'sb-member-public',
  work: 'sb-work-team',
} as const;

const CROWD = Array.from({ length: 118 }, (_, i) => `sb-crowd-${String(i + 1).padStart(3, '0')}`);

async function say(groupID: string, from: string, text: string): Promise<void> {
  await rest('group_open_http_svc/send_group_msg', {
    GroupId: groupID,
    From_Account: from,
    Random: Math.floor(Math.random() * 2 ** 31),
    MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }],
  });
}

async function seedGroups(core: TimCore): Promise<void> {
  const marker = 'sb-groups-seeded';
  const { UserProfileItem } = await rest<{ UserProfileItem: { ResultCode: number }[] }>(
    'profile/portrait_get',
    { To_Account: [marker], TagList: ['Tag_Profile_IM_Nick'] },
  );
  if (UserProfileItem[0]?.ResultCode === 0) return;
  // The REST API imports at most 100 accounts per call.
  for (let i = 0; i < CROWD.length; i += 100) {
    await rest('im_open_login_svc/multiaccount_import', { Accounts: CROWD.slice(i, i + 100) });
  }
  const members = (ids: string[]) => ids.map((id) => ({ Member_Account: id }));
  await createStoryGroup({
    GroupId: GROUPS.owned,
    Type: 'Public',
    Name: 'Design guild',
    Owner_Account: VIEWER,
    ApplyJoinOption: 'NeedPermission',
    Introduction: 'Everyone who designs or reviews the tim-kit UI.',
    Notification: 'Reviews every Friday at 15:00.',
    MemberList: members([PEERS.mei.id, PEERS.omar.id, ...CROWD]),
  });
  await createStoryGroup({
    GroupId: GROUPS.member,
    Type: 'Public',
    Name: "Omar's book club",
    Owner_Account: PEERS.omar.id,
    ApplyJoinOption: 'FreeAccess',
    Introduction: 'One book a month.',
    MemberList: members([VIEWER, PEERS.mei.id]),
  });
  await createStoryGroup({
    GroupId: GROUPS.work,
    Type: 'Private',
    Name: 'Release crew',
    Owner_Account: VIEWER,
    MemberList: members([PEERS.mei.id, PEERS.omar.id]),
  });
  await core.groups.setMemberRole(GROUPS.owned, PEERS.mei.id, 'admin');
  await core.groups.muteMember(GROUPS.owned, PEERS.omar.id, 7 * 24 * 3600);
  await say(GROUPS.owned, PEERS.mei.id, 'The new tokens are in.');
  await say(GROUPS.member, PEERS.omar.id, 'Next book: The Dispossessed.');
  await say(GROUPS.work, PEERS.omar.id, 'Release candidate is tagged.');
  await seedLongGroup();
  await rest('im_open_login_svc/account_import', { UserID: marker });
}

let seeded: Promise<StoryConnection> | undefined;

/** Storybook loader: the shared connection, with the story groups seeded. */
export const groupsLoader = async (): Promise<{ tim: StoryConnection }> => {
  seeded ??= (async (): Promise<StoryConnection> => {
    const tim = await connect();
    if (!tim.core) return tim;
    try {
      await seedGroups(tim.core);
      await tim.core.groups.refresh();
      return tim;
    } catch (error) {
      seeded = undefined;
      return { error: error instanceof Error ? error.message : String(error) };
    }
  })();
  return { tim: await seeded };
};
