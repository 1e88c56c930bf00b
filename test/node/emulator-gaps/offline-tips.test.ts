// Group tips for a member who was offline when they happened: each tip holds a
// sequence in the group's stream, so group history (group_msg_get) brings it
// back between the messages and the SDK shows it as a TIMGroupTipElem.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import { createGroup, sendText, umd } from '../emulator-groups/support.js';

const fx = useEmulator();
before(() => fx.start({ seedUsers: ['alice', 'bob', 'carol', 'dave', 'erin', 'fred'] }));

const TIP = 'TIMGroupTipElem';
const TEXT = 'TIMTextElem';

/** "text:<text>" or "tip:<operationType>" for each text or tip, oldest first. */
function describe(list: Message[]): string[] {
  // createGroup's own custom "group created" message is not what these tests pin.
  return list
    .filter((m) => m.type === TIP || m.type === TEXT)
    .map((m) =>
      m.type === TIP
        ? `tip:${(m.payload as { operationType: number }).operationType}`
        : `text:${(m.payload as { text: string }).text}`,
    );
}

test('a member offline during join, kick and rename reads the three tips in history, in order', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const groupID = await createGroup(alice, {
    type: 'Private',
    name: 'before',
    memberList: [{ userID: 'bob' }, { userID: 'dave' }],
  });
  await sendText(alice, groupID, 'one');
  await alice.chat.addGroupMember({ groupID, userIDList: ['carol'] });
  await sendText(alice, groupID, 'two');
  await alice.chat.deleteGroupMember({ groupID, userIDList: ['dave'] });
  await alice.chat.updateGroupProfile({ groupID, name: 'after' });
  await sendText(alice, groupID, 'three');

  const bob = await fx.loggedIn('bob', umd);
  const { data } = await bob.chat.getMessageList({ conversationID: `GROUP${groupID}` });
  const list = data.messageList as Message[];
  assert.deepEqual(describe(list), [
    'text:one',
    'tip:1',
    'text:two',
    'tip:3',
    'tip:6',
    'text:three',
  ]);
  const [join, kick, rename] = list.filter((m) => m.type === TIP).map((m) => m.payload) as {
    userIDList: string[];
    newGroupProfile?: { groupName?: string };
  }[];
  assert.deepEqual(join?.userIDList, ['carol']);
  assert.deepEqual(kick?.userIDList, ['dave']);
  assert.equal(rename?.newGroupProfile?.groupName, 'after');
});

test('a tip that is the newest entry is the conversation last message and counts as unread', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const groupID = await createGroup(alice, {
    type: 'Private',
    name: 'last',
    memberList: [{ userID: 'erin' }],
  });
  await sendText(alice, groupID, 'hello');
  await alice.chat.addGroupMember({ groupID, userIDList: ['fred'] });

  const erin = await fx.loggedIn('erin', umd);
  type Row = {
    conversationID: string;
    unreadCount: number;
    lastMessage: { type: string; payload: { operationType: number; userIDList: string[] } };
  };
  // The login sync (recentcontact.page_get) fills the list after SDK_READY.
  const deadline = Date.now() + 10000;
  let conversation: Row | undefined;
  while (!conversation) {
    const { data } = await erin.chat.getConversationList();
    conversation = (data.conversationList as Row[]).find(
      (c) => c.conversationID === `GROUP${groupID}`,
    );
    if (!conversation && Date.now() > deadline) throw new Error('no group conversation');
    if (!conversation) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.equal(conversation.lastMessage.type, TIP);
  assert.equal(conversation.lastMessage.payload.operationType, 1);
  assert.deepEqual(conversation.lastMessage.payload.userIDList, ['fred']);
  // createGroup's "group created" message, "hello" and the join tip: the SDK
  // counts a pushed tip as unread too, so the synced count agrees with it.
  assert.equal(conversation.unreadCount, 3);
});

test('an online member still gets the tip live, with the sequence history gives it', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const bob = await fx.loggedIn('bob', umd);
  const groupID = await createGroup(alice, {
    type: 'Private',
    name: 'live',
    memberList: [{ userID: 'bob' }],
  });
  await sendText(alice, groupID, 'hi');
  const live = bob.next('onMessageReceived', (list) =>
    (list as Message[]).some((m) => m.to === groupID && m.type === TIP),
  );
  await alice.chat.addGroupMember({ groupID, userIDList: ['carol'] });
  const tip = ((await live) as Message[]).find((m) => m.type === TIP) as Message;
  assert.equal((tip.payload as { operationType: number }).operationType, 1);

  const carol = await fx.loggedIn('carol', umd);
  const { data } = await carol.chat.getMessageList({ conversationID: `GROUP${groupID}` });
  const stored = (data.messageList as Message[]).find((m) => m.type === TIP);
  assert.equal(stored?.sequence, tip.sequence);
});
