// People and a group with names as long as the server allows, for the "Long names" stories:
// a friend, a blocked user, a friend request with a 256-byte message, and a group whose name
// fills its 30 bytes, with long-named members. Seeded by the relations and groups seeds.
import type { TimCore } from '@tim-kit/headless';
import { createStoryGroup, rest, VIEWER } from './tim-story.js';

export const LONG_FRIEND = {
  id: 'sb-long-friend',
  nick: 'Maximiliane Alexandra Konstantinopoulou-Vanderbilt von Hohenzollern',
};
export const LONG_BLOCKED = {
  id: 'sb-long-blocked',
  nick: 'Totally Legitimate Prize Notification Department (International Division)',
};
export const LONG_ASKER = {
  id: 'sb-long-asker',
  nick: 'Bartholomew Fitzgerald-Montgomery, Senior Vice President of Partnerships',
  wording:
    'Hello! We met at the international design systems conference in Shenzhen last spring, ' +
    'where you gave the talk about accessible chat interfaces. I would love to stay in touch ' +
    'and share notes about our component library.',
};
export const LONG_MEMBER = {
  id: 'sb-long-member-id-of-32-bytes-00',
  nick: '欧阳娜娜·克里斯蒂娜·亚历山德拉·冯·霍亨索伦-西格马林根',
};
/** 30 bytes: the longest name a group may have. */
export const LONG_GROUP = { id: 'sb-long-group', name: 'Quarterly Planning Review Team' };

async function importUsers(users: ReadonlyArray<{ id: string; nick: string }>): Promise<void> {
  for (const u of users) {
    await rest('im_open_login_svc/account_import', { UserID: u.id, Nick: u.nick });
  }
}

/** Part of the relations seed (runs before its marker is written). */
export async function seedLongRelations(core: TimCore): Promise<void> {
  await importUsers([LONG_FRIEND, LONG_BLOCKED, LONG_ASKER]);
  await rest('sns/friend_add', {
    From_Account: VIEWER,
    AddFriendItem: [{ To_Account: LONG_FRIEND.id, AddSource: 'AddSource_Type_Web' }],
    AddType: 'Add_Type_Both',
    ForceAddFlags: 1,
  });
  await rest('sns/friend_add', {
    From_Account: LONG_ASKER.id,
    AddFriendItem: [
      { To_Account: VIEWER, AddSource: 'AddSource_Type_Search', AddWording: LONG_ASKER.wording },
    ],
  });
  await core.blacklist.add([LONG_BLOCKED.id]);
}

/** Part of the groups seed (runs before its marker is written). */
export async function seedLongGroup(): Promise<void> {
  await importUsers([LONG_FRIEND, LONG_MEMBER]);
  await createStoryGroup({
    GroupId: LONG_GROUP.id,
    Type: 'Public',
    Name: LONG_GROUP.name,
    Owner_Account: VIEWER,
    Introduction:
      'Where the quarterly planning review happens: goals, numbers, risks and the decisions ' +
      'that come out of them, written down so everyone who could not attend can catch up.',
    MemberList: [LONG_FRIEND.id, LONG_MEMBER.id].map((Member_Account) => ({ Member_Account })),
  });
  await rest('group_open_http_svc/send_group_msg', {
    GroupId: LONG_GROUP.id,
    From_Account: LONG_MEMBER.id,
    Random: Math.floor(Math.random() * 2 ** 31),
    MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'The Q3 numbers are in the doc.' } }],
  });
}
