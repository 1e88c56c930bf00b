// Paging history towards newer messages with the real SDK's
// getMessageListHopping({ direction: 1 }): C2C hops by time (openim.getroammsg
// with GetDirection 1, from that second on), groups by sequence (group_msg_get
// with a window ending at sequence + count - 1; the SDK keeps the anchor too).
// Bad direction fields are refused with 20001.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type WebSocketType from 'ws';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import type { SdkClient } from '../support/sdk-client.js';
import { createGroup, sendText as sendGroupText, umd } from '../emulator-groups/support.js';
import { sendText, testClock, textOf } from './support.js';

const requireWs = createRequire(
  new URL('../../../packages/emulator/package.json', import.meta.url),
);
const { WebSocket } = requireWs('ws') as { WebSocket: typeof WebSocketType };

const fx = useEmulator();
const clock = testClock();
const labels = Array.from({ length: 20 }, (_, i) => `m${i + 1}`);
const c2cSent: Message[] = [];
const groupSent: Message[] = [];
let groupID = '';
let bob: SdkClient;

before(async () => {
  await fx.start({ now: clock.now, seedUsers: ['hn-alice', 'hn-bob'] });
  const alice = await fx.loggedIn('hn-alice', umd);
  bob = await fx.loggedIn('hn-bob', umd);
  // One second apart, so each C2C message has its own time to hop from.
  for (const text of labels) {
    clock.advance(1);
    c2cSent.push(await sendText(alice, 'hn-bob', text));
  }
  groupID = await createGroup(alice, {
    type: 'Private',
    name: 'newer',
    memberList: [{ userID: 'hn-bob' }],
  });
  for (const text of labels) groupSent.push(await sendGroupText(alice, groupID, text));
  await alice.destroy();
});

interface Hop {
  messageList: Message[];
  isCompleted: boolean;
  nextMessageTime?: number | string;
  nextMessageSeq?: number | string;
}

async function hop(options: Record<string, unknown>): Promise<Hop> {
  const r = await bob.chat.getMessageListHopping({ count: 15, direction: 1, ...options } as never);
  return r.data as unknown as Hop;
}

const texts = (h: Hop) => h.messageList.filter((m) => m.type === 'TIMTextElem').map(textOf);

test('C2C: hopping newer from the 5th message time gives 15 from it, oldest first', async () => {
  const h = await hop({ conversationID: 'C2Chn-alice', time: c2cSent[4]!.time });
  assert.deepEqual(texts(h), labels.slice(4, 19));
  assert.equal(h.isCompleted, false);
  assert.equal(h.nextMessageTime, c2cSent[18]!.time);
});

test('C2C: the next hop continues after the page without repeats and completes', async () => {
  const first = await hop({ conversationID: 'C2Chn-alice', time: c2cSent[0]!.time, count: 10 });
  assert.deepEqual(texts(first), labels.slice(0, 10));
  assert.equal(first.isCompleted, false);
  const second = await hop({
    conversationID: 'C2Chn-alice',
    time: first.nextMessageTime,
    count: 10,
  });
  assert.deepEqual(texts(second), labels.slice(10, 20));
  assert.equal(second.isCompleted, true);
});

test('C2C: hopping newer from the last message time gives it alone, complete', async () => {
  const h = await hop({ conversationID: 'C2Chn-alice', time: c2cSent[19]!.time });
  assert.deepEqual(texts(h), ['m20']);
  assert.equal(h.isCompleted, true);
});

test('C2C: hopping newer from after the last message is empty and complete', async () => {
  const h = await hop({ conversationID: 'C2Chn-alice', time: c2cSent[19]!.time + 1 });
  assert.deepEqual(h.messageList, []);
  assert.equal(h.isCompleted, true);
});

test('group: hopping newer from the 5th sequence gives 15 in order (the SDK keeps the anchor)', async () => {
  const h = await hop({ conversationID: `GROUP${groupID}`, sequence: groupSent[4]!.sequence });
  assert.deepEqual(texts(h), labels.slice(4, 19));
  assert.equal(h.isCompleted, false);
  assert.equal(Number(h.nextMessageSeq), groupSent[19]!.sequence);
});

test('group: hopping past the newest message is empty and complete', async () => {
  const last = await hop({ conversationID: `GROUP${groupID}`, sequence: groupSent[19]!.sequence });
  assert.deepEqual(texts(last), ['m20']);
  const beyond = await hop({
    conversationID: `GROUP${groupID}`,
    sequence: Number(last.nextMessageSeq),
  });
  assert.deepEqual(beyond.messageList, []);
  assert.equal(beyond.isCompleted, true);
});

/** One request as hn-bob over a fresh socket; resolves with the reply body. */
async function raw(servcmd: string, body: Record<string, unknown>): Promise<{ ErrorCode: number }> {
  const emu = fx.emu();
  const ws = new WebSocket(`${emu.wsUrl}/binfo?sdkappid=${emu.sdkAppID}&instanceid=raw`);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const reply = new Promise<{ ErrorCode: number }>((resolve) =>
    ws.once('message', (d: Buffer) => resolve(JSON.parse(d.toString('utf8')).body)),
  );
  ws.send(
    JSON.stringify({
      head: { servcmd, seq: 1, identifier: 'hn-bob', usersig: emu.genUserSig('hn-bob') },
      body,
    }),
  );
  const answer = await reply;
  ws.close();
  return answer;
}

test('bad direction fields are refused with 20001', async () => {
  const roam = (extra: Record<string, unknown>) =>
    raw('openim.getroammsg', { Peer_Account: 'hn-alice', MaxCnt: 15, ...extra });
  assert.equal((await roam({ GetDirection: 2 })).ErrorCode, 20001);
  assert.equal((await roam({ GetDirection: '1' })).ErrorCode, 20001);
  assert.equal((await roam({ GetDirection: 1, LastMsgTime: 'x' })).ErrorCode, 20001);
  const groupGet = await raw('group_open_http_svc.group_msg_get', {
    GroupId: groupID,
    ReqMsgSeq: '5',
    ReqMsgNumber: 15,
  });
  assert.equal(groupGet.ErrorCode, 20001);
});
