// Messages in a Community, through the real SDK: delivery, history, read
// state, recall and delete-for-me, each as a member of the group would see it.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import type { SdkClient } from '../support/sdk-client.js';
import {
  createCommunity,
  loggedIn,
  nextConversation,
  nextGroupMessage,
  sendText,
} from './support.js';

const fx = useEmulator();
// `late` logs in only after the messages were sent; the account must exist to be invited.
before(() => fx.start({ seedUsers: ['late'] }));

let users = 0;
const user = (role: string) => loggedIn(fx, `${role}${(users += 1)}`);

const textOf = (m: Message) => (m.payload as { text?: string }).text;
const texts = (list: Message[]) =>
  list.filter((m) => m.type === 'TIMTextElem').map((m) => textOf(m));

async function history(c: SdkClient, groupID: string): Promise<Message[]> {
  const { data } = await c.chat.getMessageList({ conversationID: `GROUP${groupID}` });
  return data.messageList as Message[];
}

/** An owner and two members, all online, in a fresh Community. */
async function community(name: string) {
  const owner = await user('own');
  const bob = await user('bob');
  const carol = await user('carol');
  const groupID = await createCommunity(owner, name, [bob, carol]);
  return { owner, bob, carol, groupID };
}

test('a message in a Community reaches every online member', async () => {
  const { owner, bob, carol, groupID } = await community('deliver');
  const atBob = nextGroupMessage(bob, groupID, (m) => textOf(m) === 'hello all');
  const atCarol = nextGroupMessage(carol, groupID, (m) => textOf(m) === 'hello all');
  await sendText(owner, groupID, 'hello all');
  for (const m of [await atBob, await atCarol]) assert.equal(m.from, owner.userID);
});

test('a member who logs in later reads the Community history in order', async () => {
  const owner = await user('own');
  const groupID = await createCommunity(owner, 'history');
  await owner.chat.addGroupMember({ groupID, userIDList: ['late'] });
  for (const t of ['one', 'two', 'three']) await sendText(owner, groupID, t);
  const late = await fx.client('late', { bundle: 'umd' });
  const listed = nextConversation(late, groupID, undefined, 10000);
  await late.login();
  await listed;
  assert.deepEqual(texts(await history(late, groupID)).slice(-3), ['one', 'two', 'three']);
});

test('reading a Community conversation sets its unread count to 0', async () => {
  const { owner, bob, groupID } = await community('unread');
  // At least 2: the SDK may count its own group-created message too.
  const unread = nextConversation(bob, groupID, (c) => c.unreadCount >= 2);
  await sendText(owner, groupID, 'first');
  await sendText(owner, groupID, 'second');
  await unread;
  const cleared = nextConversation(bob, groupID, (c) => c.unreadCount === 0);
  await bob.chat.setMessageRead({ conversationID: `GROUP${groupID}` });
  await cleared;
  const { data } = await bob.chat.getConversationProfile(`GROUP${groupID}`);
  assert.equal((data.conversation as { unreadCount: number }).unreadCount, 0);
});

test('a recalled Community message is revoked for the members', async () => {
  const { owner, bob, groupID } = await community('recall');
  const arrived = nextGroupMessage(bob, groupID, (m) => textOf(m) === 'oops');
  const sent = await sendText(owner, groupID, 'oops');
  await arrived;
  const revoked = bob.next<Message[]>('onMessageRevoked', (l) =>
    l.some((m) => m.sequence === sent.sequence),
  );
  await owner.chat.revokeMessage(sent);
  await revoked;
  const copy = (await history(bob, groupID)).find((m) => m.sequence === sent.sequence);
  assert.equal(copy?.isRevoked, true);
});

test('a Community message I deleted stays gone from my history after re-login; others keep it', async () => {
  const { owner, bob, groupID } = await community('delete');
  const arrived = nextGroupMessage(bob, groupID, (m) => textOf(m) === 'keep for bob');
  const sent = await sendText(owner, groupID, 'keep for bob');
  await arrived;
  await owner.chat.deleteMessage([sent]);
  // The SDK only flags the message locally (isDeleted); the server's answer shows at next login.
  await owner.destroy();
  const ownerAgain = await loggedIn(fx, owner.userID);
  assert.ok(!texts(await history(ownerAgain, groupID)).includes('keep for bob'));
  assert.ok(texts(await history(bob, groupID)).includes('keep for bob'));
});
