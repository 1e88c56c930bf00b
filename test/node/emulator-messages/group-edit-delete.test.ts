// Group message delete ("delete for me") and modify through the real SDK:
// deleteMessage hides a group message from the caller's history only;
// modifyMessage by the sender reaches the other members as MESSAGE_MODIFIED
// and shows in history; anyone else's edit, or an oversized one, is refused.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import type { SdkClient } from '../support/sdk-client.js';
import {
  codeOf,
  createGroup,
  nextGroupMessage,
  sendText,
  umd,
} from '../emulator-groups/support.js';
import { textOf } from './support.js';

const fx = useEmulator();
const user = (userID: string) => fx.loggedIn(userID, umd);
before(() => fx.start());

let groups = 0;
/** A fresh Work group of an owner and one member, both logged in. */
async function pair(): Promise<{ owner: SdkClient; member: SdkClient; groupID: string }> {
  groups += 1;
  const owner = await user(`ged-own${groups}`);
  const member = await user(`ged-mem${groups}`);
  const groupID = await createGroup(owner, {
    type: 'Private',
    name: `edit-delete ${groups}`,
    memberList: [{ userID: member.userID }],
  });
  return { owner, member, groupID };
}

/** Sends `text` from `from` and waits until `to` has received it. */
async function deliver(from: SdkClient, to: SdkClient, groupID: string, text: string) {
  const arrived = nextGroupMessage(to, groupID, (m) => textOf(m) === text);
  const sent = await sendText(from, groupID, text);
  return { sent, received: await arrived };
}

async function historyTexts(c: SdkClient, groupID: string): Promise<string[]> {
  const r = await c.chat.getMessageList({ conversationID: `GROUP${groupID}` });
  return (r.data.messageList as Message[]).filter((m) => m.type === 'TIMTextElem').map(textOf);
}

test('delete for me hides a group message from my history after re-login, others keep it', async () => {
  const { owner, member, groupID } = await pair();
  await deliver(owner, member, groupID, 'keep');
  const { sent } = await deliver(owner, member, groupID, 'forget me');
  await owner.chat.deleteMessage([sent]);
  await owner.destroy();
  await member.destroy();
  const ownerAgain = await user(owner.userID);
  assert.deepEqual(await historyTexts(ownerAgain, groupID), ['keep']);
  const memberAgain = await user(member.userID);
  assert.deepEqual(await historyTexts(memberAgain, groupID), ['keep', 'forget me']);
});

test('a modify by the sender reaches the other member as MESSAGE_MODIFIED and stays in history', async () => {
  const { owner, member, groupID } = await pair();
  const { sent } = await deliver(owner, member, groupID, 'teh typo');
  const modified = member.next<Message[]>('onMessageModified', undefined, 10000);
  (sent.payload as { text: string }).text = 'the typo';
  const r = await owner.chat.modifyMessage(sent);
  assert.equal(textOf(r.data.message as Message), 'the typo');
  const [m] = await modified;
  assert.equal(m?.ID, sent.ID);
  assert.equal(textOf(m as Message), 'the typo');
  // A fresh login (no local copy) reads history from the server. Not a member
  // added now: Work groups hide what was sent before a member joined.
  await member.destroy();
  const memberAgain = await user(member.userID);
  assert.deepEqual(await historyTexts(memberAgain, groupID), ['the typo']);
});

test('a member cannot modify a message someone else sent', async () => {
  const { owner, member, groupID } = await pair();
  const { received } = await deliver(owner, member, groupID, 'mine');
  (received.payload as { text: string }).text = 'hijacked';
  assert.equal(await codeOf(member.chat.modifyMessage(received)), 10007);
});

test('a modify with a body over 12 KB is refused and the message keeps its text', async () => {
  const { owner, member, groupID } = await pair();
  const { sent } = await deliver(owner, member, groupID, 'short');
  (sent.payload as { text: string }).text = 'x'.repeat(13 * 1024);
  assert.equal(await codeOf(owner.chat.modifyMessage(sent)), 80002);
  assert.deepEqual(await historyTexts(member, groupID), ['short']);
});

test('a modify from a stale copy conflicts and hands back the latest text', async () => {
  const { owner, member, groupID } = await pair();
  const { sent } = await deliver(owner, member, groupID, 'v0');
  (sent.payload as { text: string }).text = 'v1';
  await owner.chat.modifyMessage(sent);
  // Rewinding the version stands for a copy that missed that edit (another
  // device that was offline): it edits from version 0 again.
  (sent as Message & { version: number }).version = 0;
  (sent.payload as { text: string }).text = 'v1 elsewhere';
  const err = await owner.chat.modifyMessage(sent).then(
    () => undefined,
    (e: { code?: number; data?: { message?: Message } }) => e,
  );
  assert.equal(err?.code, 2480);
  assert.equal(textOf(err?.data?.message as Message), 'v1');
  assert.deepEqual(await historyTexts(member, groupID), ['v1']);
});
