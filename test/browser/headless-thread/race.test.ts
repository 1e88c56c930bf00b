// A message pushed while a history page is loading must show in the thread exactly once. The
// emulator holds replies and pushes (pauseReplies) so the push reaches the SDK before the page
// does; the SDK then leaves that message out of the page it returns.
import { expect } from '@open-wc/testing';
import type { MessageThread, TimCore } from '@tim-kit/headless';
import {
  emulatorControl,
  importAccount,
  sendTextAs,
  userSig,
  uniqueUser,
} from '../support/emulator.js';
import { loginCore, until } from '../support/core.js';

describe('headless thread: pushes while history loads', () => {
  const userID = uniqueUser('race');
  let core: TimCore;

  before(async () => {
    ({ core } = await loginCore(userID));
  });

  after(() => core?.destroy());

  afterEach(() => emulatorControl.resumeReplies());

  async function peerWithHistory(texts: string[]): Promise<string> {
    const peer = uniqueUser('peer');
    await importAccount(peer);
    for (const text of texts) await sendTextAs(peer, userID, text);
    const conversationID = `C2C${peer}`;
    await until(
      () =>
        core.conversations.$conversations
          .get()
          .find((c) => c.conversationID === conversationID)
          ?.lastMessage?.preview.endsWith(texts.at(-1) ?? ''),
      'the conversation with its last message',
    );
    return conversationID;
  }

  /** Loads the next page while `text` is pushed first; resolves with the thread's texts. */
  async function loadWithPush(thread: MessageThread, from: string, text: string) {
    await emulatorControl.pauseReplies();
    await sendTextAs(from, userID, text);
    const loading = thread.loadOlder();
    await emulatorControl.resumeReplies();
    await loading;
    await until(
      () => thread.$messages.get().some((m) => m.text === text),
      `"${text}" in the thread`,
    );
    return thread.$messages.get().map((m) => m.text);
  }

  it('keeps a message pushed while the first page loads', async () => {
    const conversationID = await peerWithHistory(['before']);
    const thread = core.messages.thread(conversationID);

    const texts = await loadWithPush(thread, conversationID.slice(3), 'during the first page');

    expect(texts).to.deep.equal(['before', 'during the first page']);
  });

  it('keeps a message pushed while an older page loads, once, after the history', async () => {
    const history = Array.from({ length: 17 }, (_, i) => `old ${i + 1}`);
    const conversationID = await peerWithHistory(history);
    const thread = core.messages.thread(conversationID);
    await thread.loadOlder();
    expect(thread.$messages.get()).to.have.length(15);

    const texts = await loadWithPush(thread, conversationID.slice(3), 'during an older page');

    expect(texts).to.deep.equal([...history, 'during an older page']);
  });

  it('keeps a message pushed while the thread loads again after a new login', async () => {
    const conversationID = await peerWithHistory(['first session']);
    const thread = core.messages.thread(conversationID);
    await thread.loadOlder();
    await core.auth.logout();
    await core.auth.login({ userID, userSig: await userSig(userID) });
    expect(thread.$messages.get()).to.deep.equal([]);

    const texts = await loadWithPush(thread, conversationID.slice(3), 'during the reload');

    expect(texts).to.deep.equal(['first session', 'during the reload']);
  });
});
