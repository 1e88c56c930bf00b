// Group message read receipts through the real SDK: a message sent with
// needReadReceipt, members reporting it read (sendMessageReadReceipt), the
// sender's MESSAGE_READ_RECEIPT_RECEIVED, counts and read/unread member lists.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import type { SdkClient } from '../support/sdk-client.js';
import { codeOf, createGroup, GROUP, nextGroupMessage, umd } from './support.js';

const fx = useEmulator();
const user = (userID: string) => fx.loggedIn(userID, umd);
before(() => fx.start());

let users = 0;
/** An owner and `n` members, all logged in, in a fresh group of `type`. */
async function groupOf(type: string, n: number) {
  users += 1;
  const owner = await user(`own${users}`);
  const members: SdkClient[] = [];
  for (let i = 0; i < n; i++) members.push(await user(`mem${users}x${i}`));
  const groupID = await createGroup(owner, {
    type,
    name: `receipts ${type}`,
    ...(type === 'Community' ? {} : { memberList: members.map((m) => ({ userID: m.userID })) }),
  });
  return { owner, members, groupID };
}

async function sendWithReceipt(c: SdkClient, groupID: string, text: string): Promise<Message> {
  const message = c.chat.createTextMessage({
    to: groupID,
    conversationType: GROUP,
    payload: { text },
    needReadReceipt: true,
  });
  const { data } = await c.chat.sendMessage(message);
  return (data as { message: Message }).message;
}

/** Starts listening for `text` at the member; `read()` then reports it read. */
function expect(member: SdkClient, groupID: string, text: string) {
  const arrived = nextGroupMessage(
    member,
    groupID,
    (m) => (m.payload as { text?: string }).text === text,
  );
  return {
    arrived,
    async read(): Promise<Message> {
      const got = await arrived;
      await member.chat.sendMessageReadReceipt([got]);
      return got;
    },
  };
}

interface ReceiptEvent {
  groupID?: string;
  messageID: string;
  readCount?: number;
  unreadCount?: number;
}

test('a member sees that a group message asks for a read receipt', async () => {
  const { owner, members, groupID } = await groupOf('Private', 1);
  const [bob] = members as [SdkClient];
  const arrived = nextGroupMessage(bob, groupID, (m) => m.type === 'TIMTextElem');
  await sendWithReceipt(owner, groupID, 'please ack');
  assert.equal((await arrived).needReadReceipt, true);
});

test('the sender gets MESSAGE_READ_RECEIPT_RECEIVED with readCount 1 when a member reads', async () => {
  const { owner, members, groupID } = await groupOf('Public', 2);
  const [bob] = members as [SdkClient, SdkClient];
  const atBob = expect(bob, groupID, 'ack me');
  const sent = await sendWithReceipt(owner, groupID, 'ack me');
  const receipt = owner.next<ReceiptEvent[]>('onMessageReadReceiptReceived', (l) =>
    l.some((r) => r.messageID === sent.ID),
  );
  await atBob.read();
  const entry = (await receipt).find((r) => r.messageID === sent.ID);
  assert.equal(entry?.groupID, groupID);
  assert.equal(entry?.readCount, 1);
  assert.equal(entry?.unreadCount, 1);
});

test('reporting the same message twice counts the reader once', async () => {
  const { owner, groupID } = await groupOf('ChatRoom', 0);
  const bob = await user(`late${users}`);
  await bob.chat.joinGroup({ groupID });
  const atBob = expect(bob, groupID, 'once');
  const sent = await sendWithReceipt(owner, groupID, 'once');
  const got = await atBob.read();
  await bob.chat.sendMessageReadReceipt([got]);
  const { data } = await owner.chat.getMessageReadReceiptList([sent]);
  const [counted] = (data as { messageList: Message[] }).messageList;
  assert.equal(counted?.readReceiptInfo.readCount, 1);
  assert.equal(counted?.readReceiptInfo.unreadCount, 0);
});

test('getMessageReadReceiptList gives read and unread counts of own messages', async () => {
  const { owner, members, groupID } = await groupOf('Private', 3);
  const [bob, carol] = members as [SdkClient, SdkClient, SdkClient];
  const atBob = expect(bob, groupID, 'count me');
  const atCarol = expect(carol, groupID, 'count me');
  const sent = await sendWithReceipt(owner, groupID, 'count me');
  await atBob.read();
  await atCarol.read();
  const { data } = await owner.chat.getMessageReadReceiptList([sent]);
  const [counted] = (data as { messageList: Message[] }).messageList;
  assert.equal(counted?.readReceiptInfo.readCount, 2);
  assert.equal(counted?.readReceiptInfo.unreadCount, 1);
});

test('getGroupMessageReadMemberList lists who read and who has not', async () => {
  const { owner, members, groupID } = await groupOf('Public', 2);
  const [bob, carol] = members as [SdkClient, SdkClient];
  const atBob = expect(bob, groupID, 'who read');
  const sent = await sendWithReceipt(owner, groupID, 'who read');
  await atBob.read();
  const read = await owner.chat.getGroupMessageReadMemberList({
    message: sent,
    filter: 0,
    cursor: '',
    count: 30,
  });
  assert.deepEqual(read.data.readUserIDList, [bob.userID]);
  assert.equal(read.data.isCompleted, true);
  const unread = await owner.chat.getGroupMessageReadMemberList({
    message: sent,
    filter: 1,
    cursor: '',
    count: 30,
  });
  assert.deepEqual(unread.data.unreadUserIDList, [carol.userID]);
});

test('the member list pages with a cursor', async () => {
  const { owner, members, groupID } = await groupOf('Private', 3);
  const sent = await sendWithReceipt(owner, groupID, 'page me');
  const first = await owner.chat.getGroupMessageReadMemberList({
    message: sent,
    filter: 1,
    cursor: '',
    count: 2,
  });
  assert.equal(first.data.isCompleted, false);
  const second = await owner.chat.getGroupMessageReadMemberList({
    message: sent,
    filter: 1,
    cursor: first.data.cursor,
    count: 2,
  });
  assert.equal(second.data.isCompleted, true);
  assert.deepEqual(
    [...first.data.unreadUserIDList, ...second.data.unreadUserIDList].sort(),
    members.map((m) => m.userID).sort(),
  );
});

test('a Community group refuses read receipts with 10007', async () => {
  const { owner, groupID } = await groupOf('Community', 0);
  const message = owner.chat.createTextMessage({
    to: groupID,
    conversationType: GROUP,
    payload: { text: 'no receipts here' },
    needReadReceipt: true,
  });
  const { data } = await owner.chat.sendMessage(message);
  const sent = (data as { message: Message }).message;
  const code = await codeOf(
    owner.chat.getGroupMessageReadMemberList({ message: sent, filter: 0, cursor: '', count: 10 }),
  );
  assert.equal(code, 10007);
});
