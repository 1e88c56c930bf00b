import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Message, Conversation } from '@tencentcloud/chat';
import { useEmulator } from '../support/emulator-fixture.js';
import { adminRest } from '../support/admin-rest.js';
import type { SdkClient } from '../support/sdk-client.js';
import { GROUP, codeOf, createGroup, nextGroupMessage, sendText, umd } from './support.js';

const fx = useEmulator();
const user = (userID: string) => fx.loggedIn(userID, umd);
before(() =>
  fx.start({
    seedUsers: [
      'alice',
      'bob',
      'carol',
      'amy',
      'ben',
      'ann',
      'bo',
      'abe',
      'bea',
      'dan',
      'ed',
      'fay',
      'gus',
      'hal',
      'ivy',
      'jo',
      'kim',
      'lee',
      'max',
      'nat',
      'oz',
      'pam',
      'quinn',
      'rex',
      'sue',
    ],
  }),
);

const AT_ALL = '__kImSDK_MesssageAtALL__';
const AT_ME = 1;
const AT_ALL_TYPE = 2;

async function sendAt(c: SdkClient, groupID: string, text: string, atUserList: string[]) {
  const msg = c.chat.createTextAtMessage({
    to: groupID,
    conversationType: GROUP,
    payload: { text, atUserList },
  });
  const { data } = await c.chat.sendMessage(msg);
  return (data as { message: Message }).message;
}

type AtInfo = { atTypeArray: number[]; from: string };
const atTypes = (c: Conversation | undefined) =>
  ((c?.groupAtInfoList ?? []) as unknown as AtInfo[]).flatMap((i) => i.atTypeArray);

/** Resolves once `groupID`'s conversation satisfies `test` (it may already). */
async function conversationWhere(
  c: SdkClient,
  groupID: string,
  check: (conv: Conversation) => boolean,
): Promise<Conversation> {
  const id = `GROUP${groupID}`;
  const updated = c.next<Conversation[]>(
    'onConversationListUpdated',
    (list) => list.some((x) => x.conversationID === id && check(x)),
    10000,
  );
  // Not needed when the state is already there: keep its timeout quiet.
  updated.catch(() => undefined);
  const now = await c.chat.getConversationProfile(id).catch(() => undefined);
  const conv = now?.data.conversation as Conversation | undefined;
  if (conv && check(conv)) return conv;
  return (await updated).find((x) => x.conversationID === id) as Conversation;
}

async function groupOf(owner: SdkClient, ...members: string[]): Promise<string> {
  return createGroup(owner, {
    type: 'Private',
    name: 'team',
    memberList: members.map((userID) => ({ userID })),
  });
}

test('a mentioned member receives the message with its atUserList', async () => {
  const bob = await user('bob');
  const alice = await user('alice');
  const groupID = await groupOf(bob, 'alice', 'carol');
  const got = nextGroupMessage(alice, groupID, (m) => m.type === 'TIMTextElem');
  await sendAt(bob, groupID, '@alice look', ['alice']);
  assert.deepEqual((await got).atUserList, ['alice']);
});

test('the mentioned member’s conversation gets AT_ME in groupAtInfoList', async () => {
  const ben = await user('ben');
  const amy = await user('amy');
  const groupID = await groupOf(ben, 'amy');
  const arrived = nextGroupMessage(amy, groupID, (m) => m.type === 'TIMTextElem');
  await sendAt(ben, groupID, '@amy hi', ['amy']);
  await arrived;
  const conv = await conversationWhere(amy, groupID, (c) => atTypes(c).length > 0);
  assert.deepEqual(atTypes(conv), [AT_ME]);
});

test('@all gives every other member AT_ALL', async () => {
  const bo = await user('bo');
  const ann = await user('ann');
  const groupID = await groupOf(bo, 'ann');
  const arrived = nextGroupMessage(ann, groupID, (m) => m.type === 'TIMTextElem');
  await sendAt(bo, groupID, '@all meeting', [AT_ALL]);
  assert.deepEqual((await arrived).atUserList, [AT_ALL]);
  const conv = await conversationWhere(ann, groupID, (c) => atTypes(c).length > 0);
  assert.deepEqual(atTypes(conv), [AT_ALL_TYPE]);
});

async function mentionedAndRead(sender: string, reader: string) {
  const from = await user(sender);
  const to = await user(reader);
  const groupID = await groupOf(from, reader);
  const arrived = nextGroupMessage(to, groupID, (m) => m.type === 'TIMTextElem');
  await sendAt(from, groupID, `@${reader} read me`, [reader]);
  await arrived;
  await conversationWhere(to, groupID, (c) => atTypes(c).length > 0);
  await to.chat.setMessageRead({ conversationID: `GROUP${groupID}` });
  return { to, groupID };
}

test('setMessageRead clears the @ info', async () => {
  const { to, groupID } = await mentionedAndRead('bea', 'abe');
  const cleared = await conversationWhere(to, groupID, (c) => atTypes(c).length === 0);
  assert.deepEqual(atTypes(cleared), []);
});

test('a read mention does not come back at the next login', async () => {
  const { to, groupID } = await mentionedAndRead('fay', 'gus');
  await conversationWhere(to, groupID, (c) => atTypes(c).length === 0);
  await to.destroy();
  const again = await user('gus');
  // A plain message after the login's sync: any tip that sync handed out is in by now.
  const fay = await user('fay');
  const arrived = nextGroupMessage(again, groupID, (m) => m.type === 'TIMTextElem');
  await sendText(fay, groupID, 'plain');
  await arrived;
  const { data } = await again.chat.getConversationProfile(`GROUP${groupID}`);
  assert.deepEqual(atTypes(data.conversation as Conversation), []);
});

test('an unread mention survives logging in again', async () => {
  const dan = await user('dan');
  const groupID = await groupOf(dan, 'ed');
  await sendAt(dan, groupID, '@ed while away', ['ed']);
  const ed = await user('ed');
  const conv = await conversationWhere(ed, groupID, (c) => atTypes(c).length > 0);
  assert.deepEqual(atTypes(conv), [AT_ME]);
});

test('history carries the mentions of a message', async () => {
  const hal = await user('hal');
  const groupID = await groupOf(hal, 'ivy');
  await sendAt(hal, groupID, '@ivy history', ['ivy']);
  const ivy = await user('ivy');
  const { data } = await ivy.chat.getMessageList({ conversationID: `GROUP${groupID}` });
  const m = (data.messageList as Message[]).find((x) => x.type === 'TIMTextElem');
  assert.deepEqual(m?.atUserList, ['ivy']);
});

test('mentioning someone outside the group is refused with 2623', async () => {
  const jo = await user('jo');
  const groupID = await groupOf(jo, 'carol');
  assert.equal(await codeOf(sendAt(jo, groupID, '@dan', ['dan'])), 2623);
});

const rest = (path: string, body: object) => adminRest(fx.emu(), path, body);

test('a malformed GroupAtInfo is refused with 10004 and nothing is stored', async () => {
  const kim = await user('kim');
  const groupID = await groupOf(kim, 'carol');
  const reply = await rest('group_open_http_svc/send_group_msg', {
    GroupId: groupID,
    From_Account: 'kim',
    MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'bad at' } }],
    GroupAtInfo: [{ GroupAtAllFlag: 0 }],
  });
  assert.equal(reply.ErrorCode, 10004);
  const { data } = await kim.chat.getMessageList({ conversationID: `GROUP${groupID}` });
  const texts = (data.messageList as Message[]).filter((m) => m.type === 'TIMTextElem');
  assert.equal(texts.length, 0);
});

test('a REST message with GroupAtInfo mentions the member', async () => {
  const lee = await user('lee');
  const groupID = await groupOf(lee, 'max');
  const max = await user('max');
  const arrived = nextGroupMessage(max, groupID, (m) => m.type === 'TIMTextElem');
  await rest('group_open_http_svc/send_group_msg', {
    GroupId: groupID,
    From_Account: 'lee',
    MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: '@max from REST' } }],
    GroupAtInfo: [{ GroupAtAllFlag: 0, GroupAt_Account: 'max' }],
  });
  assert.deepEqual((await arrived).atUserList, ['max']);
});

/** After a fresh login and one plain message (so the login's sync is in), the @ types. */
async function atTypesAfterRelogin(reader: string, sender: SdkClient, groupID: string) {
  const again = await user(reader);
  const arrived = nextGroupMessage(again, groupID, (m) => m.type === 'TIMTextElem');
  await sendText(sender, groupID, 'plain');
  await arrived;
  const { data } = await again.chat.getConversationProfile(`GROUP${groupID}`);
  return atTypes(data.conversation as Conversation);
}

test('setAllMessageRead clears the @ info for good', async () => {
  const oz = await user('oz');
  const nat = await user('nat');
  const groupID = await groupOf(oz, 'nat');
  const arrived = nextGroupMessage(nat, groupID, (m) => m.type === 'TIMTextElem');
  await sendAt(oz, groupID, '@nat everything read?', ['nat']);
  await arrived;
  await conversationWhere(nat, groupID, (c) => atTypes(c).length > 0 && c.unreadCount > 0);
  await nat.chat.setAllMessageRead({ scope: nat.TencentCloudChat.TYPES.READ_ALL_MSG });
  await nat.destroy();
  assert.deepEqual(await atTypesAfterRelogin('nat', oz, groupID), []);
});

test('a member kicked and invited back has no stale @ tip', async () => {
  const pam = await user('pam');
  const groupID = await groupOf(pam, 'quinn');
  await sendAt(pam, groupID, '@quinn before the kick', ['quinn']);
  await pam.chat.deleteGroupMember({ groupID, userIDList: ['quinn'] });
  await pam.chat.addGroupMember({ groupID, userIDList: ['quinn'] });
  assert.deepEqual(await atTypesAfterRelogin('quinn', pam, groupID), []);
});

test('a member who quit and was invited back has no stale @ tip', async () => {
  const rex = await user('rex');
  const groupID = await groupOf(rex, 'sue');
  await sendAt(rex, groupID, '@sue before leaving', ['sue']);
  const sue = await user('sue');
  await conversationWhere(sue, groupID, (c) => atTypes(c).length > 0);
  await sue.chat.quitGroup(groupID);
  await sue.destroy();
  await rex.chat.addGroupMember({ groupID, userIDList: ['sue'] });
  assert.deepEqual(await atTypesAfterRelogin('sue', rex, groupID), []);
});
