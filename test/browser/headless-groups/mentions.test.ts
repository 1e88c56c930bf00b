import { expect } from '@open-wc/testing';
import { TimError, TimErrorCode, type TimCore, type TimMessage } from '@tim-kit/headless';
import { nodePeer, rest, uniqueUser } from '../support/emulator.js';
import { endCoreAndPeer, loginCore, rejectionOf, until } from '../support/core.js';
import { newUser } from './support.js';

const AT_ALL = '__kImSDK_MesssageAtALL__';

describe('headless groups: @-mentions', () => {
  const userID = uniqueUser('mnme');
  const peer = uniqueUser('mnpeer');
  let core: TimCore;
  let other: string;
  let groupID: string;
  const conversationID = () => `GROUP${groupID}`;

  before(async () => {
    ({ core } = await loginCore(userID));
    await nodePeer.login(peer);
    other = await newUser('mnother');
    ({ groupID } = await core.groups.createGroup({
      type: 'Work',
      name: 'Mentions',
      members: [peer, other],
    }));
  });
  after(() => endCoreAndPeer(core, peer));

  /** A member (not the browser user) sends a group text over REST with these GroupAtInfo entries. */
  async function restMention(from: string, text: string, atInfo: object[]): Promise<void> {
    await rest('group_open_http_svc/send_group_msg', {
      GroupId: groupID,
      From_Account: from,
      Random: Math.floor(Math.random() * 2 ** 31),
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }],
      GroupAtInfo: atInfo,
    });
  }

  const conversation = () =>
    core.conversations.$conversations.get().find((c) => c.conversationID === conversationID());

  function received(text: string): Promise<TimMessage> {
    return new Promise((resolve) => {
      const stop = core.messages.onReceived((batch) => {
        const hit = batch.find((m) => m.text === text);
        if (hit) {
          stop();
          resolve(hit);
        }
      });
    });
  }

  it('a text sent with mentions reaches the member with its atUserList', async () => {
    await core.messages.sendText(conversationID(), `@${peer} hi`, { mentions: [peer] });
    const got = await nodePeer.waitForMessage(peer, 'TIMTextElem', `@${peer} hi`);
    expect(got.atUserList).to.deep.equal([peer]);
  });

  it("the sent message's model lists whom it mentions", async () => {
    const sent = await core.messages.sendText(conversationID(), '@both', {
      mentions: { userIDs: [peer, other], all: false },
    });
    expect(sent.mentions).to.deep.equal({ userIDs: [peer, other], all: false, me: false });
  });

  it("mentions: 'all' mentions everyone", async () => {
    await core.messages.sendText(conversationID(), '@all hello', { mentions: 'all' });
    const got = await nodePeer.waitForMessage(peer, 'TIMTextElem', '@all hello');
    expect(got.atUserList).to.deep.equal([AT_ALL]);
  });

  it("a member's message naming me has mentions.me", async () => {
    const arrived = received('look at this');
    await restMention(peer, 'look at this', [{ GroupAtAllFlag: 0, GroupAt_Account: userID }]);
    const m = await arrived;
    expect(m.mentions).to.deep.equal({ userIDs: [userID], all: false, me: true });
  });

  it('the conversation shows mentions.me until it is read', async () => {
    await core.messages.markRead(conversationID());
    await restMention(other, 'ping you', [{ GroupAtAllFlag: 0, GroupAt_Account: userID }]);
    const withMention = await until(
      () => (conversation()?.mentions.me ? conversation() : undefined),
      '@me',
    );
    expect(withMention.mentions).to.deep.equal({ me: true, all: false });
    await core.messages.markRead(conversationID());
    await until(() => conversation()?.mentions.me === false, 'the mention to clear');
  });

  it('the conversation shows mentions.all for @all', async () => {
    await core.messages.markRead(conversationID());
    await restMention(other, 'everyone!', [{ GroupAtAllFlag: 1 }]);
    const withAll = await until(
      () => (conversation()?.mentions.all ? conversation() : undefined),
      '@all',
    );
    expect(withAll.mentions.me).to.equal(false);
  });

  it('mentions in a one-to-one conversation are refused before sending', async () => {
    const error = await rejectionOf(
      core.messages.sendText(`C2C${peer}`, 'hey', { mentions: [peer] }),
    );
    expect(error).to.be.instanceOf(TimError);
    expect((error as TimError).code).to.equal(TimErrorCode.INVALID_ARGUMENT);
    const listed = core.messages.thread(`C2C${peer}`).$messages.get();
    expect(listed.some((m) => m.text === 'hey')).to.equal(false);
  });

  it('an empty user ID among the mentions is refused', async () => {
    const error = await rejectionOf(
      core.messages.sendText(conversationID(), 'x', { mentions: [peer, ''] }),
    );
    expect((error as TimError).code).to.equal(TimErrorCode.INVALID_ARGUMENT);
  });

  it('more than 100 mentioned users are refused', async () => {
    const many = Array.from({ length: 101 }, (_, i) => `u${i}`);
    const error = await rejectionOf(
      core.messages.sendText(conversationID(), 'crowd', { mentions: many }),
    );
    expect((error as TimError).code).to.equal(TimErrorCode.INVALID_ARGUMENT);
  });
});
