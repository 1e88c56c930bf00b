// Asking whether given members read given messages: the SDK's experimental
// getGroupReceiptsByUsers (group_open_http_svc.get_group_msg_receipts_by_users)
// lists one entry per (message, member) that read it, with the read time.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import type { SdkClient } from '../support/sdk-client.js';
import { createGroup, sendWithReceipt, umd } from './support.js';

const fx = useEmulator();
const user = (userID: string) => fx.loggedIn(userID, umd);
before(() => fx.start());

interface ReadEntry {
  userID: string;
  readTime: number;
}

let groups = 0;
/** A Public group where the owner sent `text` asking for receipts, and bob has read it. */
async function readByBob(text: string) {
  groups += 1;
  const owner = await user(`rbu-own${groups}`);
  const bob = await user(`rbu-bob${groups}`);
  const carol = await user(`rbu-carol${groups}`);
  const groupID = await createGroup(owner, {
    type: 'Public',
    name: 'receipts by users',
    memberList: [{ userID: bob.userID }, { userID: carol.userID }],
  });
  const { sent, received } = await sendWithReceipt(owner, bob, groupID, text);
  await bob.chat.sendMessageReadReceipt([received]);
  return { owner, bob, carol, groupID, sent };
}

async function readersAmong(
  owner: SdkClient,
  groupID: string,
  sent: Message,
  userIDList: string[],
): Promise<ReadEntry[]> {
  const { data } = await owner.chat.callExperimentalAPI('getGroupReceiptsByUsers', {
    groupID,
    dataList: [{ sequence: sent.sequence, userIDList }],
  });
  return (data as { dataList: ReadEntry[] }).dataList;
}

test('the sender learns which of the named members read the message', async () => {
  const { owner, bob, carol, groupID, sent } = await readByBob('did you read this');
  const entries = await readersAmong(owner, groupID, sent, [bob.userID, carol.userID]);
  assert.deepEqual(
    entries.map((e) => e.userID),
    [bob.userID],
  );
  assert.ok((entries[0]?.readTime ?? 0) > 0, 'the entry carries when it was read');
});

test('a member who has not read the message is not listed', async () => {
  const { owner, carol, groupID, sent } = await readByBob('not yet');
  assert.deepEqual(await readersAmong(owner, groupID, sent, [carol.userID]), []);
});
