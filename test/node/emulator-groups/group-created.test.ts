// The "group created" entry at the head of a new group's stream. SDK 3.6.6 has
// no group tip type for creation; its createGroup sends a custom message
// ({businessID: 'group_create', ...}) itself, and that is the entry users see.
// The emulator adds no tip of its own, so the entry is neither missing nor doubled.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import type { SdkClient } from '../support/sdk-client.js';
import { createGroup, sendText, umd } from './support.js';

const fx = useEmulator();
before(() => fx.start({ seedUsers: ['alice', 'bob'] }));

/** businessID of a custom entry, "text:<text>" of a text, the type otherwise. */
async function history(c: SdkClient, groupID: string): Promise<string[]> {
  const { data } = await c.chat.getMessageList({ conversationID: `GROUP${groupID}` });
  return (data.messageList as Message[]).map((m) => {
    if (m.type === 'TIMCustomElem')
      return (JSON.parse((m.payload as { data: string }).data) as { businessID: string })
        .businessID;
    if (m.type === 'TIMTextElem') return `text:${(m.payload as { text: string }).text}`;
    return String(m.type);
  });
}

test('an initial member of a Work group reads one "group created" entry first', async () => {
  const alice = await fx.loggedIn('alice', umd);
  const groupID = await createGroup(alice, {
    type: 'Private',
    name: 'new team',
    memberList: [{ userID: 'bob' }],
  });
  await sendText(alice, groupID, 'hi all');
  const bob = await fx.loggedIn('bob', umd);
  assert.deepEqual(await history(bob, groupID), ['group_create', 'text:hi all']);
});
