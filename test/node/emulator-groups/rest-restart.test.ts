import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import { adminRest } from '../support/admin-rest.js';
import { nextGroupMessage, nextSystemNotice, sendText, umd } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'tim-groups-'));
const data = join(dir, 'state.sqlite');
const fx = useEmulator();
const user = (userID: string) => fx.loggedIn(userID, umd);
before(() => fx.start({ data, seedUsers: ['alice', 'bob', 'carol'] }));
after(() => rmSync(dir, { recursive: true, force: true }));

const rest = (path: string, body: object) => adminRest(fx.emu(), path, body);

const text = (t: string) => [{ MsgType: 'TIMTextElem', MsgContent: { Text: t } }];

test('REST create_group, add_group_member and send_group_msg reach the members', async () => {
  const bob = await user('bob');
  const invited = nextSystemNotice(bob, (p) => p.operationType === 7);
  const created = await rest('group_open_http_svc/create_group', {
    Type: 'Public',
    Name: 'from backend',
    Owner_Account: 'alice',
    MemberList: [{ Member_Account: 'bob' }],
  });
  assert.equal(created.ErrorCode, 0);
  const groupID = created.GroupId as string;
  await invited;
  const added = await rest('group_open_http_svc/add_group_member', {
    GroupId: groupID,
    MemberList: [{ Member_Account: 'carol' }, { Member_Account: 'bob' }],
  });
  assert.deepEqual(added.MemberList, [
    { Member_Account: 'carol', Result: 1 },
    { Member_Account: 'bob', Result: 2 },
  ]);
  const got = nextGroupMessage(bob, groupID, (m) => m.type === 'TIMTextElem');
  const sent = await rest('group_open_http_svc/send_group_msg', {
    GroupId: groupID,
    From_Account: 'alice',
    MsgBody: text('hi from REST'),
  });
  assert.equal(sent.ErrorCode, 0);
  const m = await got;
  assert.equal(m.from, 'alice');
  assert.equal((m.payload as { text: string }).text, 'hi from REST');
  const info = await rest('group_open_http_svc/get_group_info', { GroupIdList: [groupID, 'nope'] });
  const [g, missing] = info.GroupInfo as Record<string, unknown>[];
  assert.equal(g?.MemberNum, 3);
  assert.equal(missing?.ErrorCode, 10010);
  const bad = await rest('group_open_http_svc/send_group_msg', {
    GroupId: groupID,
    MsgBody: 'not an array',
  });
  assert.equal(bad.ErrorCode, 90002);
  const kicked = await rest('group_open_http_svc/delete_group_member', {
    GroupId: groupID,
    MemberToDel_Account: ['carol'],
  });
  assert.equal(kicked.ErrorCode, 0);
  // Log bob out before the next test restarts the emulator under him: a UMD
  // instance that reconnects across a restart keeps timers that hold Node open.
  await bob.destroy();
});

test('groups, members and history survive a restart on the same file', async () => {
  const first = fx.emu();
  const alice = await user('alice');
  const created = await rest('group_open_http_svc/create_group', {
    Type: 'Private',
    Name: 'durable',
    Owner_Account: 'alice',
    MemberList: [{ Member_Account: 'carol' }],
  });
  const groupID = created.GroupId as string;
  await sendText(alice, groupID, 'kept');
  await alice.destroy();
  await first.close();
  await fx.start({ data, port: first.port });
  const carol = await user('carol');
  const { data: list } = await carol.chat.getGroupList();
  assert.ok((list.groupList as { groupID: string }[]).some((g) => g.groupID === groupID));
  const { data: page } = await carol.chat.getMessageList({ conversationID: `GROUP${groupID}` });
  const texts = (page.messageList as Message[])
    .filter((m) => m.type === 'TIMTextElem')
    .map((m) => (m.payload as { text: string }).text);
  assert.deepEqual(texts, ['kept']);
});
