// Seeds the viewer's relationships on the emulator for the relationship element stories: many
// friends in friend groups, incoming and outgoing friend requests and blocked users. Everything
// goes through the REST API or the viewer's own core, so the stories show real server data.
import { createTimCore, type TimCore } from '@tim-kit/headless';
import { html, type TemplateResult } from 'lit';
import { PEERS, VIEWER, connect, rest, type StoryConnection } from './tim-story.js';
import { seedLongRelations } from './long-names-seed.js';

const FIRST = ['Ava', 'Ben', 'Chloé', 'Dmitri', 'Elif', 'Farah', 'Gao', 'Hana', 'Ivan', 'Jia'];
const LAST = ['Li', 'Moreau', 'Novak', 'Okafor'];

/** 40 friends: "Ava Li", "Ava Moreau", ... */
export const FRIENDS = FIRST.flatMap((first, i) =>
  LAST.map((last, j) => ({ id: `sb-friend-${i * LAST.length + j}`, nick: `${first} ${last}` })),
);
export const ASKERS = [
  { id: 'sb-asker-1', nick: 'Kenji Watanabe', wording: 'Hi! We met at the design meetup.' },
  { id: 'sb-asker-2', nick: 'Lucía Romero', wording: 'Colleague from the Shenzhen office.' },
  { id: 'sb-asker-3', nick: '王小明', wording: '你好，我是产品部的小明。' },
];
export const CAREFUL = { id: 'sb-careful', nick: 'Priya Natarajan' };
export const BLOCKED = [
  { id: 'sb-blocked-1', nick: 'Spam Bot 3000' },
  { id: 'sb-blocked-2', nick: 'Unknown Caller' },
];

async function importAll(users: ReadonlyArray<{ id: string; nick: string }>): Promise<void> {
  await rest('im_open_login_svc/multiaccount_import', { Accounts: users.map((u) => u.id) });
  for (const u of users) {
    await rest('profile/portrait_set', {
      From_Account: u.id,
      ProfileItem: [{ Tag: 'Tag_Profile_IM_Nick', Value: u.nick }],
    });
  }
}

async function seedRelations(core: TimCore): Promise<void> {
  const marker = 'sb-relations-seeded';
  const { UserProfileItem } = await rest<{ UserProfileItem: { ResultCode: number }[] }>(
    'profile/portrait_get',
    { To_Account: [marker], TagList: ['Tag_Profile_IM_Nick'] },
  );
  if (UserProfileItem[0]?.ResultCode === 0) return;
  await importAll([...FRIENDS, ...ASKERS, CAREFUL, ...BLOCKED]);
  await rest('profile/portrait_set', {
    From_Account: VIEWER,
    ProfileItem: [
      { Tag: 'Tag_Profile_IM_AllowType', Value: 'AllowType_Type_NeedConfirm' },
      { Tag: 'Tag_Profile_IM_SelfSignature', Value: 'Building chat UIs.' },
    ],
  });
  const friendIDs = [PEERS.mei.id, PEERS.omar.id, ...FRIENDS.map((f) => f.id)];
  await rest('sns/friend_add', {
    From_Account: VIEWER,
    AddFriendItem: friendIDs.map((id) => ({ To_Account: id, AddSource: 'AddSource_Type_Web' })),
    AddType: 'Add_Type_Both',
    ForceAddFlags: 1,
  });
  // Friend groups may only hold friends the core already lists (2700 otherwise): wait for the push.
  for (let i = 0; i < 200; i++) {
    const listed = new Set(core.friends.$friends.get().map((f) => f.userID));
    if (friendIDs.every((id) => listed.has(id))) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await core.friendGroups.create('Work', [PEERS.mei.id, ...friendIDs.slice(2, 14)]);
  await core.friendGroups.create('Family', friendIDs.slice(14, 20));
  await core.friends.update({ userID: PEERS.omar.id, remark: 'Omar (climbing)' });
  for (const asker of ASKERS) {
    await rest('sns/friend_add', {
      From_Account: asker.id,
      AddFriendItem: [
        { To_Account: VIEWER, AddSource: 'AddSource_Type_Search', AddWording: asker.wording },
      ],
    });
  }
  await core.friends.add({
    userID: CAREFUL.id,
    wording: 'Hello Priya, it is me from the workshop.',
  });
  await core.blacklist.add(BLOCKED.map((b) => b.id));
  await seedLongRelations(core);
  await rest('im_open_login_svc/account_import', { UserID: marker });
}

let seeded: Promise<void> | undefined;

/** Storybook loader: the shared connection with the relationships seeded. */
export const relationsLoader = async (): Promise<{ tim: StoryConnection }> => {
  const tim = await connect();
  if (!tim.core) return { tim };
  try {
    // Once per page: a docs page loads all its stories at the same time.
    seeded ??= seedRelations(tim.core).catch((error: unknown) => {
      seeded = undefined;
      throw error;
    });
    await seeded;
    return { tim };
  } catch (error) {
    return { tim: { error: error instanceof Error ? error.message : String(error) } };
  }
};

let loggedOut: TimCore | undefined;

/**
 * A second core on the same SDK, destroyed at once so its stores stay empty: how the elements
 * look for a user with no relationships yet (one SDK per page allows only one login, and a live
 * second core would follow the viewer's SDK events).
 */
export async function emptyCore(): Promise<StoryConnection> {
  const tim = await connect();
  if (!tim.core) return tim;
  if (!loggedOut) {
    loggedOut = createTimCore({ chat: tim.core.chat });
    loggedOut.destroy();
  }
  return { core: loggedOut };
}

/** The frame the stories put an element in, dark-aware. */
export function frame(theme: string, width: number, content: TemplateResult): TemplateResult {
  return html`<div
    style="width: ${width}px; border: 1px solid #ccc; background: ${theme === 'dark' ? '#111' : '#fff'}"
  >
    ${content}
  </div>`;
}
