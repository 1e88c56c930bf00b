// Deleting a group message for me through the headless core: it leaves my
// thread, stays gone after logging in again, and the other member keeps it.
// (The headless core has no modify action; MESSAGE_MODIFIED only refreshes.)
import { expect } from '@open-wc/testing';
import type { TimCore } from '@tim-kit/headless';
import { nodePeer, uniqueUser, userSig } from '../support/emulator.js';
import { endCoreAndPeer, loginCore, until } from '../support/core.js';

describe('headless groups: delete a group message for me', () => {
  const userID = uniqueUser('gdel');
  const peer = uniqueUser('gdelpeer');
  let core: TimCore;

  before(async () => {
    ({ core } = await loginCore(userID));
    await nodePeer.login(peer);
  });
  after(() => endCoreAndPeer(core, peer));

  const texts = (conversationID: string) =>
    core.messages
      .thread(conversationID)
      .$messages.get()
      .filter((m) => m.kind === 'text')
      .map((m) => m.text);

  it('removes it from my thread and my history, not from the other member', async () => {
    const { groupID } = await core.groups.createGroup({
      type: 'Work',
      name: 'Delete for me',
      members: [peer],
    });
    const conversationID = `GROUP${groupID}`;
    await core.messages.sendText(conversationID, 'keep me');
    const drop = await core.messages.sendText(conversationID, 'delete me');
    await nodePeer.waitForMessage(peer, 'TIMTextElem', 'delete me');

    await core.messages.deleteMessages(conversationID, [drop.id]);

    expect(texts(conversationID)).to.deep.equal(['keep me']);
    await core.auth.logout();
    await core.auth.login({ userID, userSig: await userSig(userID) });
    const thread = core.messages.thread(conversationID);
    await thread.loadOlder();
    await until(() => texts(conversationID).includes('keep me'), 'history after login');
    expect(texts(conversationID)).to.deep.equal(['keep me']);
    // A fresh login of the other member reads the server's history: both are there.
    await nodePeer.logout(peer);
    await nodePeer.login(peer);
    const theirs = await nodePeer.history(peer, conversationID);
    expect(
      theirs.map((m) => m.label).filter((l) => l === 'keep me' || l === 'delete me'),
    ).to.deep.equal(['keep me', 'delete me']);
  });
});
