// Deleting a group tip for myself (the SDK sends its sequence to delete_group_ramble_msg_by_seq,
// like any group message): it stays out of my history after a new login, and others keep it.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import type { SdkClient } from '../support/sdk-client.js';
import { createGroup, sendText, umd } from './support.js';

const fx = useEmulator();
before(() => fx.start({ seedUsers: ['alice', 'bob', 'carol'] }));

const TIP = 'TIMGroupTipElem';

async function entries(c: SdkClient, groupID: string): Promise<Message[]> {
  const { data } = await c.chat.getMessageList({ conversationID: `GROUP${groupID}` });
  return data.messageList as Message[];
}

const tipsOf = (list: Message[]): string[] =>
  list
    .filter((m) => m.type === TIP)
    .map((m) => (m.payload as { userIDList: string[] }).userIDList.join(','));

test('a join tip I deleted for myself stays out of my history; other members keep it', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const groupID = await createGroup(alice, { type: 'Private', name: 'tips' });
  await alice.chat.addGroupMember({ groupID, userIDList: ['bob'] });
  await sendText(alice, groupID, 'after the join');
  const tip = (await entries(alice, groupID)).find((m) => m.type === TIP);
  assert.ok(tip, 'the join tip is in the history');
  await alice.chat.deleteMessage([tip]);
  await alice.destroy();

  const again = await fx.loggedIn('alice', umd);
  assert.deepEqual(tipsOf(await entries(again, groupID)), []);
  const bob = await fx.loggedIn('bob', umd);
  assert.deepEqual(tipsOf(await entries(bob, groupID)), ['bob']);
});
