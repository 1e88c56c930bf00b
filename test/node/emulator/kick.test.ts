import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { useEmulator } from '../support/emulator-fixture.js';
import { guardSdkRejections } from '../support/sdk-client.js';

const fx = useEmulator();
before(() => fx.start({ seedUsers: ['alice'] }));

test('a second web login of the same user kicks the first (KICKED_OUT, multiple account)', async (t) => {
  // The kicked SDK's socket is closed by the server; should it retry its
  // ticket, the refusal would surface as an unhandled rejection (SDK bug).
  t.after(guardSdkRejections());
  const first = await fx.loggedIn('alice');
  const { EVENT, TYPES } = first.TencentCloudChat;
  const kicked = first.next<{ type: string }>(EVENT.KICKED_OUT);
  await fx.loggedIn('alice');
  const { type } = await kicked;
  assert.equal(type, TYPES.KICKED_OUT_MULT_ACCOUNT);
});
