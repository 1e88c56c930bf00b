// Drafts persist per user in localStorage: a new core (as after a reload) on the same page shows
// them again, and hands them back to the SDK so its own conversation list has them too.
import { expect } from '@open-wc/testing';
import { createTimCore, type TimCore } from '@tim-kit/headless';
import { importAccount, sendTextAs, uniqueUser, userSig } from '../support/emulator.js';
import { loginCore, until } from '../support/core.js';

describe('headless drafts across a reload', () => {
  const userID = uniqueUser('drafts');
  let core: TimCore;

  before(async () => {
    ({ core } = await loginCore(userID));
  });

  after(() => core?.destroy());

  async function reloadCore(): Promise<void> {
    await core.auth.logout();
    core.destroy();
    core = createTimCore({ chat: core.chat });
    await core.auth.login({ userID, userSig: await userSig(userID) });
  }

  it('shows a draft of a listed conversation again after a new core logs in, also in the SDK', async () => {
    const peer = uniqueUser('peer');
    await importAccount(peer);
    await sendTextAs(peer, userID, 'hello');
    const conversationID = `C2C${peer}`;
    const row = () =>
      core.conversations.$conversations.get().find((c) => c.conversationID === conversationID);
    await until(row, 'the conversation row');
    await core.conversations.setDraft(conversationID, 'half a thought');

    await reloadCore();

    await until(() => row()?.draft === 'half a thought', 'the restored draft in the row');
    expect(core.conversations.getDraft(conversationID)).to.equal('half a thought');
    // The SDK's own conversation object carries it too (handed back after login).
    const sdkDraft = () =>
      core.chat
        .getConversationProfile(conversationID)
        .then(({ data }) => data.conversation.draftText);
    let draftText = await sdkDraft();
    for (let tries = 0; draftText !== 'half a thought' && tries < 40; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      draftText = await sdkDraft();
    }
    expect(draftText).to.equal('half a thought');
  });

  it('keeps a draft for a conversation without messages across a new core', async () => {
    const conversationID = `C2C${uniqueUser('nobody')}`;
    await core.conversations.setDraft(conversationID, 'first words');

    await reloadCore();

    expect(core.conversations.getDraft(conversationID)).to.equal('first words');
  });

  it('forgets a cleared draft across a new core', async () => {
    const conversationID = `C2C${uniqueUser('cleared')}`;
    await core.conversations.setDraft(conversationID, 'never mind');
    await core.conversations.setDraft(conversationID, '');

    await reloadCore();

    expect(core.conversations.getDraft(conversationID)).to.equal('');
  });
});
