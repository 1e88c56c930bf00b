// recentcontact.* on group conversations, driven through the real SDK: pin,
// delete with and without clearing history, clear history, marks. Each user's
// choices are their own: the other members keep the conversation and history.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Conversation, Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import { createGroup, sendText, umd } from '../emulator-groups/support.js';
import { loginWithList, textOf } from '../emulator-messages/support.js';

const fx = useEmulator();
const users = ['alice', 'bob', 'carol', 'dave', 'erin', 'fred', 'gina', 'hank'];
before(() => fx.start({ seedUsers: users }));

const ids = (list: Conversation[]): string[] => list.map((c) => c.conversationID);

/** Logs in and waits until the conversation list has settled on `ready`. */
async function relogin(userID: string, ready: (l: Conversation[]) => boolean) {
  const c = await fx.client(userID, umd);
  const listed = c.next<Conversation[]>('onConversationListUpdated', ready, 10000);
  await c.login();
  return { client: c, list: await listed };
}

async function historyTexts(c: Awaited<ReturnType<typeof fx.loggedIn>>, groupID: string) {
  const r = await c.chat.getMessageList({ conversationID: `GROUP${groupID}` });
  return (r.data.messageList as Message[]).filter((m) => m.type === 'TIMTextElem').map(textOf);
}

test('a pinned group conversation comes first after a new login, and unpins', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const groupID = await createGroup(alice, {
    type: 'Public',
    name: 'pins',
    memberList: [{ userID: 'bob' }],
  });
  await sendText(alice, groupID, 'in the group');
  await alice.chat.pinConversation({ conversationID: `GROUP${groupID}`, isPinned: true });
  await alice.destroy();
  const first = await relogin('alice', (l) =>
    l.some((c) => c.conversationID === `GROUP${groupID}`),
  );
  const pinned = first.list.find((c) => c.conversationID === `GROUP${groupID}`);
  assert.equal(pinned?.isPinned, true);
  assert.equal(ids(first.list)[0], `GROUP${groupID}`);
  await first.client.chat.pinConversation({ conversationID: `GROUP${groupID}`, isPinned: false });
  await first.client.destroy();
  const second = await relogin('alice', (l) =>
    l.some((c) => c.conversationID === `GROUP${groupID}`),
  );
  assert.equal(second.list.find((c) => c.conversationID === `GROUP${groupID}`)?.isPinned, false);
});

test('deleting a group conversation keeps its history; a new message brings it back', async () => {
  const carol = await fx.loggedIn('carol', umd);
  const dave = await fx.loggedIn('dave', umd);
  const groupID = await createGroup(carol, {
    type: 'Public',
    name: 'keep',
    memberList: [{ userID: 'dave' }],
  });
  await sendText(carol, groupID, 'kept');
  await dave.chat.deleteConversation({
    conversationIDList: [`GROUP${groupID}`],
    clearHistoryMessage: false,
  });
  await dave.destroy();
  const after = await loginWithList(fx, 'dave');
  assert.ok(!ids(after.list).includes(`GROUP${groupID}`), 'the deleted conversation stays gone');
  assert.deepEqual(await historyTexts(after.client, groupID), ['kept']);
  assert.deepEqual(await historyTexts(carol, groupID), ['kept']);
  await after.client.destroy();
  await sendText(carol, groupID, 'again');
  const back = await relogin('dave', (l) => l.some((c) => c.conversationID === `GROUP${groupID}`));
  const conv = back.list.find((c) => c.conversationID === `GROUP${groupID}`) as Conversation;
  assert.equal(textOf(conv.lastMessage as unknown as Message), 'again');
  assert.equal(conv.unreadCount, 1, 'only the message after the delete counts as unread');
});

test('deleting a group conversation with its history clears it for that member only', async () => {
  const erin = await fx.loggedIn('erin', umd);
  const fred = await fx.loggedIn('fred', umd);
  const groupID = await createGroup(erin, {
    type: 'Public',
    name: 'wipe',
    memberList: [{ userID: 'fred' }],
  });
  await sendText(erin, groupID, 'old news');
  await fred.chat.deleteConversation({
    conversationIDList: [`GROUP${groupID}`],
    clearHistoryMessage: true,
  });
  await fred.destroy();
  const after = await loginWithList(fx, 'fred');
  assert.ok(!ids(after.list).includes(`GROUP${groupID}`));
  assert.deepEqual(await historyTexts(after.client, groupID), []);
  await erin.destroy();
  const erinAgain = await fx.loggedIn('erin', umd);
  assert.deepEqual(await historyTexts(erinAgain, groupID), ['old news']);
});

test('clearing group history hides earlier messages for me; later ones show', async () => {
  const gina = await fx.loggedIn('gina', umd);
  const hank = await fx.loggedIn('hank', umd);
  const groupID = await createGroup(gina, {
    type: 'Public',
    name: 'clear',
    memberList: [{ userID: 'hank' }],
  });
  await sendText(gina, groupID, 'before');
  await hank.chat.clearHistoryMessage(`GROUP${groupID}`);
  await sendText(gina, groupID, 'after');
  await hank.destroy();
  const again = await relogin('hank', (l) => l.some((c) => c.conversationID === `GROUP${groupID}`));
  assert.deepEqual(await historyTexts(again.client, groupID), ['after']);
  await gina.destroy();
  const ginaAgain = await fx.loggedIn('gina', umd);
  assert.deepEqual(await historyTexts(ginaAgain, groupID), ['before', 'after']);
});

test('a group conversation mark is kept across logins', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const groupID = await createGroup(alice, {
    type: 'Public',
    name: 'star',
    memberList: [{ userID: 'carol' }],
  });
  await sendText(alice, groupID, 'star me');
  const T = alice.TencentCloudChat.TYPES;
  const star = T.CONV_MARK_TYPE_STAR as unknown as number;
  const r = await alice.chat.markConversation({
    conversationIDList: [`GROUP${groupID}`],
    markType: star,
    enableMark: true,
  });
  assert.deepEqual(r.data.successConversationIDList, [`GROUP${groupID}`]);
  await alice.destroy();
  const again = await relogin('alice', (l) =>
    l.some((c) => c.conversationID === `GROUP${groupID}`),
  );
  const conv = again.list.find((c) => c.conversationID === `GROUP${groupID}`) as Conversation;
  assert.deepEqual(conv.markList, [star]);
});
