import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';

const fx = useEmulator();
before(() => fx.start({ seedUsers: ['alice'] }));

async function rest(
  path: string,
  body: string | object,
  identifier?: string,
): Promise<Record<string, unknown>> {
  const emu = fx.emu();
  const id = identifier ?? emu.admin;
  const q = new URLSearchParams({
    sdkappid: String(emu.sdkAppID),
    identifier: id,
    usersig: emu.genUserSig(id),
    random: '42',
    contenttype: 'json',
  });
  const res = await fetch(`${emu.url}/v4/${path}?${q}`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  assert.equal(res.status, 200);
  return (await res.json()) as Record<string, unknown>;
}

test('REST account_import then sendmsg as admin reaches a logged-in user', async () => {
  assert.equal(
    (await rest('im_open_login_svc/account_import', { UserID: 'erin', Nick: 'Erin' })).ErrorCode,
    0,
  );
  const erin = await fx.loggedIn('erin');
  const got = erin.next<Message[]>(erin.TencentCloudChat.EVENT.MESSAGE_RECEIVED);
  const r = await rest('openim/sendmsg', {
    To_Account: 'erin',
    MsgRandom: 1234,
    MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'welcome' } }],
  });
  assert.equal(r.ErrorCode, 0);
  assert.equal(typeof r.MsgKey, 'string');
  const [m] = await got;
  assert.ok(m);
  assert.equal(m.from, fx.emu().admin);
  assert.equal((m.payload as { text: string }).text, 'welcome');
});

test('REST malformed JSON answers 90001 and the server keeps serving', async () => {
  const r = await rest('openim/sendmsg', '{"To_Account": "alice", ');
  assert.equal(r.ActionStatus, 'FAIL');
  assert.equal(r.ErrorCode, 90001);
  assert.match(String(r.ErrorInfo), /JSON/);
  const ok = await rest('im_open_login_svc/account_import', { UserID: 'frank' });
  assert.equal(ok.ErrorCode, 0);
});

test('REST refuses a non-admin identifier and bad field types with clear codes', async () => {
  assert.equal(
    (await rest('im_open_login_svc/account_import', { UserID: 'x' }, 'alice')).ErrorCode,
    90009,
  );
  const r = await rest('openim/sendmsg', { To_Account: 'alice', MsgBody: 'hello' });
  assert.equal(r.ErrorCode, 90002);
  assert.equal((await rest('openim/sendmsg', { To_Account: 42, MsgBody: [] })).ErrorCode, 90003);
});

test('a MsgBody over 12,288 bytes is refused with 80002', async () => {
  const r = await rest('openim/sendmsg', {
    To_Account: 'alice',
    MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'x'.repeat(12300) } }],
  });
  assert.equal(r.ErrorCode, 80002);
});
