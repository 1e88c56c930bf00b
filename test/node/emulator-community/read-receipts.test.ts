// Community groups have no message read receipts (Tencent supports them in
// Work, Public and Meeting groups only). The emulator drops NeedReadReceipt from
// Community messages, so a member's copy asks for nothing and the SDK itself
// refuses to report it (2114) without asking the server; the sender's receipt
// queries reach the server and come back with 10007, which the app can show.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import type { SdkClient } from '../support/sdk-client.js';
import { codeOf, createCommunity, loggedIn } from './support.js';
import { sendWithReceipt } from '../emulator-groups/support.js';

const fx = useEmulator();
before(() => fx.start());

let users = 0;
const user = (role: string) => loggedIn(fx, `${role}${(users += 1)}`);

/** An owner's message asking for a receipt, as the owner and as the member who got it. */
async function receiptMessage(): Promise<{
  owner: SdkClient;
  bob: SdkClient;
  groupID: string;
  sent: Message;
  received: Message;
}> {
  const owner = await user('own');
  const bob = await user('bob');
  const groupID = await createCommunity(owner, 'no receipts', [bob]);
  const { sent, received } = await sendWithReceipt(owner, bob, groupID, `ack ${users}`);
  return { owner, bob, groupID, sent, received };
}

test("a member's copy of a Community message does not ask for a read receipt", async () => {
  const { sent, received } = await receiptMessage();
  assert.equal(sent.needReadReceipt, true);
  assert.equal(received.needReadReceipt, false);
});

test('a member reporting a Community message read gets 2114 (nothing asks for a receipt)', async () => {
  const { bob, received } = await receiptMessage();
  assert.equal(await codeOf(bob.chat.sendMessageReadReceipt([received])), 2114);
});

test('the sender asking read counts of a Community message gets 10007', async () => {
  const { owner, sent } = await receiptMessage();
  assert.equal(await codeOf(owner.chat.getMessageReadReceiptList([sent])), 10007);
});

test('the sender asking who read a Community message gets 10007', async () => {
  const { owner, sent } = await receiptMessage();
  const code = await codeOf(
    owner.chat.getGroupMessageReadMemberList({ message: sent, filter: 0, cursor: '', count: 10 }),
  );
  assert.equal(code, 10007);
});

test('the sender asking whether given members read a Community message gets 10007', async () => {
  const { owner, bob, groupID, sent } = await receiptMessage();
  const code = await codeOf(
    owner.chat.callExperimentalAPI('getGroupReceiptsByUsers', {
      groupID,
      dataList: [{ sequence: sent.sequence, userIDList: [bob.userID] }],
    }),
  );
  assert.equal(code, 10007);
});
