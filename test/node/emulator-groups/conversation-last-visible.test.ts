// recentcontact.page_get after a member deleted group messages for themselves
// (deleteMessage): their conversation's last message is the newest one they
// still have, or none; the other members keep theirs.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import { conversationAtLogin, createGroup, sendText, umd } from './support.js';

const fx = useEmulator();
before(() => fx.start({ seedUsers: ['alice', 'bob', 'carol', 'dave'] }));

const textOf = (m: { payload?: unknown }): string | undefined =>
  (m.payload as { text?: string } | undefined)?.text;

test('after deleting the last group message for themselves, a member sees the one before as last', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const groupID = await createGroup(alice, {
    type: 'Public',
    name: 'last',
    memberList: [{ userID: 'bob' }],
  });
  await sendText(alice, groupID, 'older');
  const newest = await sendText(alice, groupID, 'newest');
  const bob = await fx.loggedIn('bob', umd);
  const { data } = await bob.chat.getMessageList({ conversationID: `GROUP${groupID}` });
  const mine = (data.messageList as Message[]).find((m) => m.ID === newest.ID) as Message;
  await bob.chat.deleteMessage([mine]);
  await bob.destroy();

  const conversation = await conversationAtLogin(fx, 'bob', groupID);
  assert.equal(textOf(conversation.lastMessage), 'older');
});

test('the sender keeps the message another member deleted as their last message', async () => {
  const carol = await fx.loggedIn('carol', umd);
  const groupID = await createGroup(carol, {
    type: 'Public',
    name: 'kept',
    memberList: [{ userID: 'dave' }],
  });
  await sendText(carol, groupID, 'first');
  const newest = await sendText(carol, groupID, 'second');
  const dave = await fx.loggedIn('dave', umd);
  const { data } = await dave.chat.getMessageList({ conversationID: `GROUP${groupID}` });
  await dave.chat.deleteMessage((data.messageList as Message[]).filter((m) => m.ID === newest.ID));
  await carol.destroy();

  const conversation = await conversationAtLogin(fx, 'carol', groupID);
  assert.equal(textOf(conversation.lastMessage), 'second');
});

test('after deleting every group message for themselves, a member sees no last message', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const groupID = await createGroup(alice, {
    type: 'Public',
    name: 'empty',
    memberList: [{ userID: 'bob' }],
  });
  await sendText(alice, groupID, 'only');
  const bob = await fx.loggedIn('bob', umd);
  const { data } = await bob.chat.getMessageList({ conversationID: `GROUP${groupID}` });
  await bob.chat.deleteMessage(data.messageList as Message[]);
  await bob.destroy();

  const conversation = await conversationAtLogin(fx, 'bob', groupID);
  // The conversation stays in the list, with an empty last message.
  assert.equal(conversation.lastMessage.payload, null);
  assert.equal((conversation.lastMessage as { messageForShow?: string }).messageForShow, '');
});
