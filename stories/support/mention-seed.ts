// Story data for group @-mentions: a member of the design team group mentions the viewer, so
// the conversation list shows "[@me]" and the chat highlights the message. Sent once per page
// load (the marker clears when the viewer reads the group).
import { TEAM_GROUP, chatStoryLoader } from './chat-seed.js';
import { VIEWER, rest, type StoryConnection } from './tim-story.js';

let sent: Promise<unknown> | undefined;

/** The chat stories' loader plus one unread message in the team group that mentions the viewer. */
export const mentionStoryLoader = async (): Promise<{ tim: StoryConnection }> => {
  const loaded = await chatStoryLoader();
  sent ??= rest('group_open_http_svc/send_group_msg', {
    GroupId: TEAM_GROUP,
    From_Account: 'sb-mei',
    Random: Math.floor(Math.random() * 2 ** 31),
    MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: `@${VIEWER} can you review?` } }],
    GroupAtInfo: [{ GroupAtAllFlag: 0, GroupAt_Account: VIEWER }],
  }).catch(() => (sent = undefined));
  await sent;
  return loaded;
};
