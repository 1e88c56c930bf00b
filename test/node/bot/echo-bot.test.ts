// examples/bot/bot.ts as a user runs it: its own Node process against an emulator with the dev
// UserSig endpoint, talked to by a real SDK peer. It answers texts, and SIGTERM ends it cleanly.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { useEmulator } from '../support/emulator-fixture.js';
import { runTs, type NodeChild } from './child.js';

const fx = useEmulator();
let bot: NodeChild;

before(async () => {
  const emu = await fx.start({ dev: true });
  bot = runTs('examples/bot/bot.ts', ['--url', emu.url, '--user', 'echo-bot']);
  await bot.waitForLine(/online as echo-bot/);
});
after(() => bot?.kill());

interface ReceivedMessage {
  from: string;
  payload: { text?: string };
}

test('the bot answers a one-to-one text with "echo: <text>"', async () => {
  const alice = await fx.loggedIn('alice');
  const { TencentCloudChat } = alice;
  const echoed = alice.next<ReceivedMessage[]>(
    TencentCloudChat.EVENT.MESSAGE_RECEIVED,
    (batch) => batch.some((m) => m.from === 'echo-bot' && m.payload.text === 'echo: hello bot'),
    15_000,
  );
  const message = alice.chat.createTextMessage({
    to: 'echo-bot',
    conversationType: TencentCloudChat.TYPES.CONV_C2C,
    payload: { text: 'hello bot' },
  });
  await alice.chat.sendMessage(message);
  await echoed;
});

test('a burst of group invites does not stop the bot', async () => {
  // Each invite makes the bot's SDK fetch the group's profile by itself; in a burst its own
  // frequency limit refuses some of those fetches, and nothing in the SDK awaits them. The
  // groups come from the REST API so that only the bot's SDK sees the invites.
  const emu = fx.emu();
  const query = new URLSearchParams({
    sdkappid: String(emu.sdkAppID),
    identifier: emu.admin,
    usersig: emu.genUserSig(emu.admin),
    random: '1',
    contenttype: 'json',
  });
  for (let i = 0; i < 8; i += 1) {
    const res = await fetch(`${emu.url}/v4/group_open_http_svc/create_group?${query}`, {
      method: 'POST',
      body: JSON.stringify({
        Type: 'Private',
        Name: `burst ${i}`,
        MemberList: [{ Member_Account: 'echo-bot' }],
      }),
    });
    const created = (await res.json()) as { ErrorCode: number; GroupId: string };
    assert.equal(created.ErrorCode, 0);
    await fetch(`${emu.url}/v4/group_open_http_svc/send_group_msg?${query}`, {
      method: 'POST',
      body: JSON.stringify({
        GroupId: created.GroupId,
        Random: i,
        MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hi' } }],
      }),
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const alice = await fx.loggedIn('alice');
  const { TencentCloudChat } = alice;
  const echoed = alice.next<ReceivedMessage[]>(
    TencentCloudChat.EVENT.MESSAGE_RECEIVED,
    (batch) => batch.some((m) => m.from === 'echo-bot' && m.payload.text === 'echo: still there'),
    15_000,
  );
  await alice.chat.sendMessage(
    alice.chat.createTextMessage({
      to: 'echo-bot',
      conversationType: TencentCloudChat.TYPES.CONV_C2C,
      payload: { text: 'still there' },
    }),
  );
  await echoed;
  assert.ok(
    bot.output.some((line) => line.includes('SDK background request failed')),
    'the burst did make the SDK refuse some of its own fetches',
  );
});

test('SIGTERM makes the bot log out and exit with code 0 by itself', async () => {
  bot.process.kill('SIGTERM');
  // A guard, not a speed check: a bot that never exits fails here instead of hanging the run.
  const exit = await bot.exited(20_000);
  assert.deepEqual(exit, { code: 0, signal: null }, bot.output.slice(-10).join('\n'));
  assert.ok(
    bot.output.some((line) => line.includes('[echo-bot] stopped')),
    'the bot reports that it stopped',
  );
});
