// Extra story data for the conversation list and the chat: a conversation with every message
// kind (sent through the viewer's real core, so media really uploads to the emulator), a group
// with tips, many conversations with long names, pinned / muted / draft rows. Seeded once per
// emulator: a marker account is imported last.
import type { TimCore } from '@tim-kit/headless';
import { connect, createStoryGroup, rest, say, VIEWER, type StoryConnection } from './tim-story.js';
import clipUrl from '../assets/clip-320x180.mp4?url';

export const KINDS_PEER = { id: 'sb-kinds', nick: 'Every Kind' };
export const TEAM_GROUP = 'sb-team';
const LONG_NAME = 'Dr. Alexandria Konstantinopoulou-Vanderbilt, Head of International Partnerships';

async function exists(userID: string): Promise<boolean> {
  const { UserProfileItem } = await rest<{ UserProfileItem: { ResultCode: number }[] }>(
    'profile/portrait_get',
    { To_Account: [userID], TagList: ['Tag_Profile_IM_Nick'] },
  );
  return UserProfileItem[0]?.ResultCode === 0;
}

/** A small PNG drawn on a canvas: a real image for the image message. */
async function samplePng(): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 240;
  canvas.height = 160;
  const g = canvas.getContext('2d')!;
  const gradient = g.createLinearGradient(0, 0, 240, 160);
  gradient.addColorStop(0, '#1565d8');
  gradient.addColorStop(1, '#7cc4ff');
  g.fillStyle = gradient;
  g.fillRect(0, 0, 240, 160);
  g.fillStyle = '#fff';
  g.font = 'bold 28px system-ui';
  g.fillText('tim-kit', 70, 90);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return new File([blob], 'sample.png', { type: 'image/png' });
}

async function seedKinds(core: TimCore): Promise<void> {
  await rest('im_open_login_svc/account_import', { UserID: KINDS_PEER.id, Nick: KINDS_PEER.nick });
  const id = `C2C${KINDS_PEER.id}`;
  const m = core.messages;
  await say(KINDS_PEER.id, VIEWER, 'Here is every kind of message. Docs: https://example.com/docs');
  await say(KINDS_PEER.id, VIEWER, '<img src=x onerror=alert(1)> stays text 🙂');
  await m.sendText(id, 'Looks great 👍');
  await m.sendImage(id, await samplePng());
  await m.sendSound(
    id,
    new File([new Uint8Array(2048).fill(1)], 'note.mp3', { type: 'audio/mpeg' }),
    7,
  );
  // A real H.264 clip: it plays, and the emulator makes its cover (poster) from the first frame.
  const clip = await (await fetch(clipUrl)).blob();
  await m.sendVideo(id, new File([clip], 'clip.mp4', { type: 'video/mp4' }));
  await m.sendFile(
    id,
    new File([new Uint8Array(123_456).fill(3)], 'Q3 report.pdf', { type: 'application/pdf' }),
  );
  await m.sendLocation(id, {
    description: 'Tencent Binhai Tower, Shenzhen',
    latitude: 22.5224,
    longitude: 113.9353,
  });
  await m.sendFace(id, 3, 'party');
  await m.sendCustom(id, { data: '{"type":"order","id":42}', description: 'Order #42 · 2 items' });
}

async function seedGroup(): Promise<void> {
  const members = ['sb-mei', 'sb-omar'];
  await createStoryGroup({
    Owner_Account: VIEWER,
    Type: 'Public',
    GroupId: TEAM_GROUP,
    Name: 'Design team',
  });
  await rest('group_open_http_svc/add_group_member', {
    GroupId: TEAM_GROUP,
    MemberList: members.map((Member_Account) => ({ Member_Account })),
  });
  const text = (From_Account: string, Text: string) =>
    rest('group_open_http_svc/send_group_msg', {
      GroupId: TEAM_GROUP,
      From_Account,
      Random: Math.floor(Math.random() * 2 ** 31),
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text } }],
    });
  await text('sb-mei', 'Welcome to the design team channel!');
  await text('sb-omar', 'Thanks! Sharing the mockups in a minute.');
}

async function seedMany(): Promise<void> {
  for (let i = 1; i <= 30; i++) {
    const id = `sb-many-${String(i).padStart(2, '0')}`;
    const nick = i === 1 ? LONG_NAME : `Contact ${i}`;
    await rest('im_open_login_svc/account_import', { UserID: id, Nick: nick });
    const times = i % 7 === 0 ? 120 : i % 3;
    for (let n = 0; n < times; n++) await say(id, VIEWER, `Message ${n + 1} from contact ${i}`);
    if (times === 0) await say(VIEWER, id, `Hi contact ${i}`);
  }
}

/** Waits (up to 10 s) until every ID is in the conversation list. */
async function listed(core: TimCore, ids: string[]): Promise<void> {
  for (let i = 0; i < 40; i++) {
    const rows = core.conversations.$conversations.get();
    if (ids.every((id) => rows.some((c) => c.conversationID === id))) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

let seeded: Promise<void> | undefined;

/** Seeds the extra data once per emulator, then sets pinned, muted and draft rows. */
export function seedChatStories(core: TimCore): Promise<void> {
  seeded ??= (async () => {
    const marker = 'sb-chat-seeded';
    if (!(await exists(marker))) {
      await seedKinds(core);
      await seedGroup();
      await seedMany();
      await rest('im_open_login_svc/account_import', { UserID: marker });
    }
    await core.conversations.refresh();
    // Per session (pin and mute are server state; drafts live in the session). Fresh rows may
    // reach the list a moment after the REST calls that made them.
    await listed(core, ['C2Csb-mei', 'C2Csb-many-07']);
    await core.conversations.setPinned('C2Csb-mei', true);
    await core.conversations.setMuted('C2Csb-many-07', true);
    await core.conversations.setDraft('C2Csb-omar', 'Sounds good, see you').catch(() => undefined);
  })().catch((error: unknown) => {
    seeded = undefined;
    throw error;
  });
  return seeded;
}

/** Storybook loader: the shared connection, with the chat stories' data seeded. */
export const chatStoryLoader = async (): Promise<{ tim: StoryConnection }> => {
  const tim = await connect();
  if (!tim.core) return { tim };
  try {
    await seedChatStories(tim.core);
    return { tim };
  } catch (error) {
    return { tim: { error: error instanceof Error ? error.message : String(error) } };
  }
};
