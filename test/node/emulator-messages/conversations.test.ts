import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message, Conversation } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import { findConv, loginWithList, sendText, textOf } from './support.js';

const fx = useEmulator();
const users = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'gina', 'hank'];
before(() => fx.start({ seedUsers: users }));

const convIDs = (list: Conversation[]): string[] => list.map((c) => c.conversationID);

test('a pinned conversation comes first and stays pinned after a new login', async () => {
  const alice = await fx.loggedIn('alice');
  await sendText(alice, 'bob', 'older');
  await sendText(alice, 'carol', 'newer');
  const updated = alice.next<Conversation[]>('onConversationListUpdated', (l) =>
    l.some((c) => c.conversationID === 'C2Cbob' && c.isPinned),
  );
  await alice.chat.pinConversation({ conversationID: 'C2Cbob', isPinned: true });
  assert.deepEqual(convIDs(await updated).slice(0, 2), ['C2Cbob', 'C2Ccarol']);
  await alice.destroy();
  const { list } = await loginWithList(fx, 'alice');
  assert.deepEqual(convIDs(list), ['C2Cbob', 'C2Ccarol']);
  assert.equal(list[0]?.isPinned, true);
});

test('deleting a conversation keeps its history unless asked to clear it', async () => {
  let dave = await fx.loggedIn('dave');
  await sendText(dave, 'erin', 'kept');
  await sendText(dave, 'frank', 'cleared');
  await dave.chat.deleteConversation({
    conversationIDList: ['C2Cerin'],
    clearHistoryMessage: false,
  });
  await dave.chat.deleteConversation({
    conversationIDList: ['C2Cfrank'],
    clearHistoryMessage: true,
  });
  await dave.destroy();
  const after = await loginWithList(fx, 'dave');
  dave = after.client;
  assert.deepEqual(convIDs(after.list), []);
  const kept = await dave.chat.getMessageList({ conversationID: 'C2Cerin' });
  assert.deepEqual((kept.data.messageList as Message[]).map(textOf), ['kept']);
  const cleared = await dave.chat.getMessageList({ conversationID: 'C2Cfrank' });
  assert.deepEqual((cleared.data.messageList as Message[]).map(textOf), []);
});

test('clearing history empties it for me only', async () => {
  let gina = await fx.loggedIn('gina');
  await sendText(gina, 'hank', 'private');
  await gina.chat.clearHistoryMessage('C2Chank');
  await gina.destroy();
  gina = await fx.loggedIn('gina');
  const mine = await gina.chat.getMessageList({ conversationID: 'C2Chank' });
  assert.equal((mine.data.messageList as Message[]).length, 0);
  const hank = await fx.loggedIn('hank');
  const theirs = await hank.chat.getMessageList({ conversationID: 'C2Cgina' });
  assert.deepEqual((theirs.data.messageList as Message[]).map(textOf), ['private']);
});

test('C2C do-not-disturb is kept across logins', async () => {
  const carol = await fx.loggedIn('carol');
  await sendText(carol, 'alice', 'hi');
  const T = carol.TencentCloudChat.TYPES;
  await carol.chat.setMessageRemindType({
    userIDList: ['alice'],
    messageRemindType: T.MSG_REMIND_ACPT_NOT_NOTE,
  });
  await carol.destroy();
  const conv = findConv((await loginWithList(fx, 'carol')).list, 'C2Calice');
  assert.equal(conv.messageRemindType, T.MSG_REMIND_ACPT_NOT_NOTE);
});

test('a conversation mark is kept across logins', async () => {
  const erin = await fx.loggedIn('erin');
  await sendText(erin, 'gina', 'star me');
  const T = erin.TencentCloudChat.TYPES;
  await erin.chat.markConversation({
    conversationIDList: ['C2Cgina'],
    markType: T.CONV_MARK_TYPE_STAR as unknown as number,
    enableMark: true,
  });
  await erin.destroy();
  const conv = findConv((await loginWithList(fx, 'erin')).list, 'C2Cgina');
  assert.deepEqual(conv.markList, [T.CONV_MARK_TYPE_STAR as unknown as number]);
});
