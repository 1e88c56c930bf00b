// Bad group delete / modify requests the SDK itself never sends (it caps a
// delete at 30 and always names the caller), sent over a raw socket: each is
// refused with Tencent's code before anything changes.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type WebSocketType from 'ws';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import { createGroup, sendText, umd } from '../emulator-groups/support.js';
import { textOf } from './support.js';

const requireWs = createRequire(
  new URL('../../../packages/emulator/package.json', import.meta.url),
);
const { WebSocket } = requireWs('ws') as { WebSocket: typeof WebSocketType };

const fx = useEmulator();

/** One request as `userID` over a fresh socket; resolves with the reply body. */
async function raw(
  userID: string,
  servcmd: string,
  body: Record<string, unknown>,
): Promise<{ ErrorCode: number }> {
  const emu = fx.emu();
  const ws = new WebSocket(`${emu.wsUrl}/binfo?sdkappid=${emu.sdkAppID}&instanceid=raw`);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const reply = new Promise<{ ErrorCode: number }>((resolve) =>
    ws.once('message', (d: Buffer) => resolve(JSON.parse(d.toString('utf8')).body)),
  );
  ws.send(
    JSON.stringify({
      head: { servcmd, seq: 1, identifier: userID, usersig: emu.genUserSig(userID) },
      body,
    }),
  );
  const answer = await reply;
  ws.close();
  return answer;
}

let groupID = '';
let seq = 0;
before(async () => {
  await fx.start({ seedUsers: ['wdan', 'weve', 'wout'] });
  const dan = await fx.loggedIn('wdan', umd);
  groupID = await createGroup(dan, {
    type: 'Private',
    name: 'wire',
    memberList: [{ userID: 'weve' }],
  });
  seq = (await sendText(dan, groupID, 'stays')).sequence;
});

const del = (userID: string, body: Record<string, unknown>) =>
  raw(userID, 'group_open_http_svc.delete_group_ramble_msg_by_seq', { GroupId: groupID, ...body });

async function danSees(): Promise<string[]> {
  const dan = await fx.loggedIn('wdan', umd);
  const r = await dan.chat.getMessageList({ conversationID: `GROUP${groupID}` });
  const texts = (r.data.messageList as Message[]).filter((m) => m.type === 'TIMTextElem');
  await dan.destroy();
  return texts.map(textOf);
}

test('deleting more than 30 messages at once answers 10004 and hides none', async () => {
  const seqs = Array.from({ length: 31 }, (_, i) => String(i < 30 ? 1000 + i : seq));
  assert.equal((await del('wdan', { Deleter_Account: 'wdan', Seqs: seqs })).ErrorCode, 10004);
  assert.deepEqual(await danSees(), ['stays']);
});

test('a sequence that is not a number answers 10004', async () => {
  const r = await del('wdan', { Deleter_Account: 'wdan', Seqs: [String(seq), 'abc'] });
  assert.equal(r.ErrorCode, 10004);
  assert.deepEqual(await danSees(), ['stays']);
});

test('deleting for someone else answers 10007', async () => {
  const r = await del('wdan', { Deleter_Account: 'weve', Seqs: [String(seq)] });
  assert.equal(r.ErrorCode, 10007);
});

test('a non-member cannot delete in the group: 10007', async () => {
  assert.equal((await del('wout', { Seqs: [String(seq)] })).ErrorCode, 10007);
});

test('modifying a sequence with no message answers 10030', async () => {
  const r = await raw('wdan', 'openim.modify_group_msg', {
    GroupId: groupID,
    MsgSeq: seq + 500,
    MsgVersion: 0,
    MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'x' } }],
  });
  assert.equal(r.ErrorCode, 10030);
});

test('a malformed MsgBody answers 20001 and the message keeps its text', async () => {
  const r = await raw('wdan', 'openim.modify_group_msg', {
    GroupId: groupID,
    MsgSeq: seq,
    MsgVersion: 0,
    MsgBody: [{ MsgType: 'TIMTextElem' }],
  });
  assert.equal(r.ErrorCode, 20001);
  assert.deepEqual(await danSees(), ['stays']);
});
