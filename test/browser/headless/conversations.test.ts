import { expect } from '@open-wc/testing';
import type { TimConversation, TimCore } from '@tim-kit/headless';
import { importAccount, sendTextAs, uniqueUser } from '../support/emulator.js';
import { loginCore, until } from '../support/core.js';

describe('headless conversations', () => {
  const userID = uniqueUser('conv');
  let core: TimCore;

  const find = (peerID: string): TimConversation | undefined =>
    core.conversations.$conversations.get().find((c) => c.conversationID === `C2C${peerID}`);

  before(async () => {
    ({ core } = await loginCore(userID));
  });

  after(() => core?.destroy());

  it('lists a conversation with preview and one unread when a peer sends a text', async () => {
    const peer = uniqueUser('peer');
    await importAccount(peer, 'Peer Nick');
    await sendTextAs(peer, userID, 'hello from peer');

    const conversation = await until(
      () => find(peer)?.lastMessage && find(peer),
      'the conversation',
    );
    expect(conversation).to.deep.include({ type: 'C2C', peerID: peer, unreadCount: 1 });
    expect(conversation.lastMessage).to.deep.include({
      preview: 'hello from peer',
      senderID: peer,
      fromSelf: false,
    });
  });

  it('counts the unread text in $totalUnread', async () => {
    await until(() => core.conversations.$totalUnread.get() >= 1, '$totalUnread >= 1');
    const sum = core.conversations.$conversations
      .get()
      .reduce((total, c) => total + c.unreadCount, 0);
    expect(core.conversations.$totalUnread.get()).to.equal(sum);
  });

  it('puts the conversation with the newest message first', async () => {
    const later = uniqueUser('later');
    await importAccount(later);
    await sendTextAs(later, userID, 'newest');
    await until(() => find(later), 'the newer conversation');
    expect(core.conversations.$conversations.get()[0]?.conversationID).to.equal(`C2C${later}`);
  });

  it('marks a conversation read when it becomes active', async () => {
    const peer = uniqueUser('active');
    await importAccount(peer);
    await sendTextAs(peer, userID, 'please read me');
    await until(() => find(peer)?.unreadCount === 1, 'one unread');

    core.conversations.setActive(`C2C${peer}`);

    expect(core.conversations.$activeConversationID.get()).to.equal(`C2C${peer}`);
    await until(() => find(peer)?.unreadCount === 0, 'unread back to 0');
  });

  it('keeps the active conversation read as new messages arrive', async () => {
    const active = core.conversations.$activeConversationID.get();
    const peer = active!.slice('C2C'.length);
    await sendTextAs(peer, userID, 'and this one');
    await until(() => find(peer)?.lastMessage?.preview === 'and this one', 'the new preview');
    await until(() => find(peer)?.unreadCount === 0, 'unread back to 0');
  });

  it('rejects setActive with a malformed conversation ID', () => {
    expect(() => core.conversations.setActive('bob')).to.throw(/conversationID/);
  });
});
