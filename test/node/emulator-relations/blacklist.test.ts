// Blacklist through the real SDK: add, list, remove, the friendship it ends,
// and the C2C refusal (20007) for a blocked sender.
import type TencentCloudChat from '@tencentcloud/chat';
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { useEmulator } from '../support/emulator-fixture.js';
import {
  WEB_SOURCE,
  codeOf,
  friendIDs,
  friendListUpdate,
  setAllowType,
  settled,
} from './helpers.js';

const fx = useEmulator();
// TYPES.CONV_C2C is 'C2C'; the .d.ts types conversationType as the TYPES enum.
const C2C = 'C2C' as unknown as TencentCloudChat.TYPES;
before(() => fx.start());
const user = (id: string) => fx.loggedIn(id).then(settled);

test('addToBlacklist and removeFromBlacklist update the list and emit BLACKLIST_UPDATED', async () => {
  const alice = await user('bl-alice');
  await user('bl-bob');
  const { EVENT } = alice.TencentCloudChat;
  const added = alice.next<string[]>(EVENT.BLACKLIST_UPDATED, (l) => l.includes('bl-bob'));
  await alice.chat.addToBlacklist({ userIDList: ['bl-bob'] });
  await added;
  assert.deepEqual((await alice.chat.getBlacklist()).data, ['bl-bob']);

  const removed = alice.next<string[]>(EVENT.BLACKLIST_UPDATED, (l) => l.length === 0);
  const { data } = await alice.chat.removeFromBlacklist({ userIDList: ['bl-bob'] });
  assert.deepEqual(data, []);
  await removed;
});

test('a blocked sender cannot send a C2C message (20007); after unblocking they can', async () => {
  const alice = await user('c2c-alice');
  const bob = await user('c2c-bob');
  const added = alice.next<string[]>(alice.TencentCloudChat.EVENT.BLACKLIST_UPDATED, (l) =>
    l.includes('c2c-bob'),
  );
  await alice.chat.addToBlacklist({ userIDList: ['c2c-bob'] });
  await added;
  const send = (text: string) =>
    bob.chat.sendMessage(
      bob.chat.createTextMessage({ to: 'c2c-alice', conversationType: C2C, payload: { text } }),
    );
  await assert.rejects(send('let me in'), (e) => {
    assert.equal(codeOf(e), 20007);
    return true;
  });
  await alice.chat.removeFromBlacklist({ userIDList: ['c2c-bob'] });
  await send('thanks');
});

test('blocking a friend ends the friendship on both sides', async () => {
  const bob = await user('bf-bob');
  await setAllowType(bob, bob.TencentCloudChat.TYPES.ALLOW_TYPE_ALLOW_ANY);
  const alice = await user('bf-alice');
  const befriended = friendListUpdate(bob, (ids) => ids.includes('bf-alice'));
  await alice.chat.addFriend({ to: 'bf-bob', source: WEB_SOURCE });
  await befriended;
  const aliceGone = friendListUpdate(alice, (ids) => ids.length === 0);
  const bobGone = friendListUpdate(bob, (ids) => ids.length === 0);
  await alice.chat.addToBlacklist({ userIDList: ['bf-bob'] });
  await aliceGone;
  await bobGone;
  assert.deepEqual(await friendIDs(alice), []);
});

test('a blocked user cannot add the blocker (30525), nor the blocker them (30515)', async () => {
  const alice = await user('ba-alice');
  const bob = await user('ba-bob');
  await setAllowType(alice, alice.TencentCloudChat.TYPES.ALLOW_TYPE_ALLOW_ANY);
  await setAllowType(bob, bob.TencentCloudChat.TYPES.ALLOW_TYPE_ALLOW_ANY);
  await alice.chat.addToBlacklist({ userIDList: ['ba-bob'] });
  await assert.rejects(bob.chat.addFriend({ to: 'ba-alice', source: WEB_SOURCE }), (e) => {
    assert.equal(codeOf(e), 30525);
    return true;
  });
  await assert.rejects(alice.chat.addFriend({ to: 'ba-bob', source: WEB_SOURCE }), (e) => {
    assert.equal(codeOf(e), 30515);
    return true;
  });
});
