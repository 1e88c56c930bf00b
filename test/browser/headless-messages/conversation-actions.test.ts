import { expect } from '@open-wc/testing';
import type { TimConversation, TimCore } from '@tim-kit/headless';
import { importAccount, sendTextAs, uniqueUser } from '../support/emulator.js';
import { loginCore, rejectionOf, until } from '../support/core.js';

describe('headless conversations: actions', () => {
  const userID = uniqueUser('cact');
  let core: TimCore;

  const find = (peerID: string): TimConversation | undefined =>
    core.conversations.$conversations.get().find((c) => c.conversationID === `C2C${peerID}`);

  /** A peer who has sent `text` to the user, listed with the text as its preview. */
  async function peerWith(prefix: string, text: string): Promise<string> {
    const peer = uniqueUser(prefix);
    await importAccount(peer);
    await sendTextAs(peer, userID, text);
    await until(() => find(peer)?.lastMessage?.preview === text, `the conversation with ${peer}`);
    return peer;
  }

  before(async () => {
    ({ core } = await loginCore(userID));
  });

  after(() => core?.destroy());

  it('moves a pinned conversation first, and back when unpinned', async () => {
    const older = await peerWith('pin', 'older');
    await peerWith('newer', 'newer');
    expect(core.conversations.$conversations.get()[0]?.peerID).to.not.equal(older);

    await core.conversations.pin(`C2C${older}`);
    await until(() => core.conversations.$conversations.get()[0]?.peerID === older, 'pinned first');
    expect(find(older)?.isPinned).to.equal(true);

    await core.conversations.unpin(`C2C${older}`);
    await until(() => find(older)?.isPinned === false, 'unpinned');
    expect(core.conversations.$conversations.get()[0]?.peerID).to.not.equal(older);
  });

  it('leaves a muted conversation out of $totalUnread but keeps its own count', async () => {
    const noisy = await peerWith('mute', 'unread one');
    const before = core.conversations.$totalUnread.get();

    await core.conversations.setMuted(`C2C${noisy}`, true);
    await until(() => find(noisy)?.isMuted, 'muted');

    expect(find(noisy)?.unreadCount).to.equal(1);
    expect(core.conversations.$totalUnread.get()).to.equal(before - 1);
    await core.conversations.setMuted(`C2C${noisy}`, false);
    await until(() => find(noisy)?.isMuted === false, 'unmuted');
    expect(core.conversations.$totalUnread.get()).to.equal(before);
  });

  it('keeps a draft per conversation', async () => {
    const first = await peerWith('draft1', 'd1');
    const second = await peerWith('draft2', 'd2');

    await core.conversations.setDraft(`C2C${first}`, 'half a thought');
    await core.conversations.setDraft(`C2C${second}`, 'another');

    expect(core.conversations.getDraft(`C2C${first}`)).to.equal('half a thought');
    expect(core.conversations.getDraft(`C2C${second}`)).to.equal('another');
    expect(find(first)?.draft).to.equal('half a thought');
    await core.conversations.setDraft(`C2C${first}`, '');
    expect(core.conversations.getDraft(`C2C${first}`)).to.equal('');
    expect(find(second)?.draft).to.equal('another');
  });

  it('keeps a draft for a conversation that has no messages yet', async () => {
    await core.conversations.setDraft('C2Cnobody-yet', 'hello?');
    expect(core.conversations.getDraft('C2Cnobody-yet')).to.equal('hello?');
  });

  it('removes a conversation and its messages', async () => {
    const peer = await peerWith('rm', 'gone soon');
    const thread = core.messages.thread(`C2C${peer}`);
    await thread.loadOlder();

    await core.conversations.remove(`C2C${peer}`);

    await until(() => !find(peer), 'the row to leave');
    expect(thread.$messages.get()).to.deep.equal([]);
    await thread.loadOlder();
    expect(thread.$messages.get()).to.deep.equal([]);
  });

  it('removes a conversation but keeps its messages when asked', async () => {
    const peer = await peerWith('keep', 'still here');

    await core.conversations.remove(`C2C${peer}`, { keepMessages: true });
    await until(() => !find(peer), 'the row to leave');

    const thread = core.messages.thread(`C2C${peer}`);
    await thread.loadOlder();
    expect(thread.$messages.get().map((m) => m.text)).to.deep.equal(['still here']);
  });

  it('clears the history of a conversation and keeps the row', async () => {
    const peer = await peerWith('clear', 'to be cleared');
    const thread = core.messages.thread(`C2C${peer}`);
    await thread.loadOlder();

    await core.conversations.clearHistory(`C2C${peer}`);

    expect(thread.$messages.get()).to.deep.equal([]);
    await thread.loadOlder();
    expect(thread.$messages.get()).to.deep.equal([]);
  });

  it('marks every conversation read', async () => {
    await peerWith('all1', 'a');
    await peerWith('all2', 'b');
    await until(() => core.conversations.$totalUnread.get() >= 2, 'two unread');

    await core.conversations.markAllRead();

    await until(() => core.conversations.$totalUnread.get() === 0, 'nothing unread');
  });

  it('fetches one conversation', async () => {
    const peer = await peerWith('one', 'just one');
    const conversation = await core.conversations.getConversation(`C2C${peer}`);
    expect(conversation).to.deep.include({ conversationID: `C2C${peer}`, peerID: peer });
    expect(conversation.lastMessage?.preview).to.equal('just one');
  });

  it('rejects muting the system conversation', async () => {
    const error = (await rejectionOf(core.conversations.setMuted('@TIM#SYSTEM', true))) as {
      code: number;
    };
    expect(error.code).to.equal(2);
  });
});
