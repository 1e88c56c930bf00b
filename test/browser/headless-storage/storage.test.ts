import { expect } from '@open-wc/testing';
import { TimErrorCode, createTimCore, type ChatSDK, type TimCore } from '@tim-kit/headless';
import {
  emulatorControl,
  importAccount,
  sendTextAs,
  uniqueUser,
  userSig,
} from '../support/emulator.js';
import { loginCore, rejectionOf, sleep, until } from '../support/core.js';

/** Like until(), for a condition that has to be read asynchronously (IndexedDB). */
async function eventually(read: () => Promise<boolean>, what: string, timeoutMs = 8000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await read())) {
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(25);
  }
}

describe('headless storage', () => {
  const userID = uniqueUser('store');
  const peer = uniqueUser('cached');
  const warmPeer = uniqueUser('warm');
  let core: TimCore;
  let chat: ChatSDK;
  const extraCores: TimCore[] = [];
  const newCore = (): TimCore => {
    const created = createTimCore({ chat });
    extraCores.push(created);
    return created;
  };

  async function cachedTexts(from: TimCore, conversationID: string): Promise<string[]> {
    const messages = await from.storage.getLocalMessages(conversationID, { count: 50 });
    return messages.map((m) => m.text);
  }

  before(async () => {
    ({ core, chat } = await loginCore(userID));
    await importAccount(peer, 'Cached Peer');
    await importAccount(warmPeer, 'Warm Peer');
    await core.storage.initStorage(userID);
  });

  after(async () => {
    await emulatorControl.resumeReplies();
    for (const extra of extraCores) extra.destroy();
    core?.destroy();
  });

  it('caches received messages and reads them in a new core without login or network', async () => {
    await sendTextAs(peer, userID, 'cached one');
    await sendTextAs(peer, userID, 'cached two');
    await eventually(
      async () => (await cachedTexts(core, `C2C${peer}`)).length === 2,
      'two cached',
    );

    const reloaded = newCore();
    await reloaded.storage.initStorage(userID);
    await emulatorControl.pauseReplies();
    let texts: string[];
    try {
      texts = await cachedTexts(reloaded, `C2C${peer}`);
    } finally {
      await emulatorControl.resumeReplies();
    }
    expect(reloaded.auth.$loginStatus.get()).to.equal('logged-out');
    expect(texts).to.deep.equal(['cached one', 'cached two']);
  });

  it('pages back through the cache with count and before', async () => {
    const [first, second] = await core.storage.getLocalMessages(`C2C${peer}`, { count: 2 });
    const older = await core.storage.getLocalMessages(`C2C${peer}`, {
      count: 1,
      before: second!.id,
    });
    expect(older.map((m) => m.id)).to.deep.equal([first!.id]);
  });

  it('caches a loaded history page and a sent message of an opened thread', async () => {
    const thread = core.messages.thread(`C2C${peer}`);
    await thread.loadOlder();
    await core.messages.sendText(`C2C${peer}`, 'my reply');
    await eventually(
      async () => (await cachedTexts(core, `C2C${peer}`)).includes('my reply'),
      'the reply cached',
    );
    expect(await cachedTexts(core, `C2C${peer}`)).to.deep.equal([
      'cached one',
      'cached two',
      'my reply',
    ]);
  });

  it('deleteLocalMessages removes a conversation from the cache', async () => {
    await core.storage.deleteLocalMessages(`C2C${peer}`);
    expect(await core.storage.getLocalMessages(`C2C${peer}`)).to.deep.equal([]);
  });

  it('rejects bad queries with INVALID_ARGUMENT', async () => {
    for (const call of [
      core.storage.getLocalMessages('bob'),
      core.storage.getLocalMessages(`C2C${peer}`, { count: 0 }),
      core.storage.initStorage(''),
    ]) {
      expect(await rejectionOf(call)).to.include({ code: TimErrorCode.INVALID_ARGUMENT });
    }
  });

  it('rejects reads before initStorage with STORAGE_NOT_INITIALIZED', async () => {
    const error = await rejectionOf(newCore().storage.getLocalMessages(`C2C${peer}`));
    expect(error).to.include({ code: TimErrorCode.STORAGE_NOT_INITIALIZED });
  });

  it('shows cached conversations and messages before login finishes, then the network', async () => {
    await sendTextAs(warmPeer, userID, 'warm hello');
    const warmID = `C2C${warmPeer}`;
    await eventually(
      async () => (await cachedTexts(core, warmID)).includes('warm hello'),
      'cached',
    );
    await eventually(
      async () =>
        (await core.storage.getLocalConversations()).some((c) => c.conversationID === warmID),
      'the conversation cached',
    );
    await core.auth.logout();

    const warm = newCore();
    const thread = warm.messages.thread(warmID);
    await warm.storage.initStorage(userID);
    expect(warm.conversations.$source.get()).to.equal('cache');
    expect(warm.conversations.$conversations.get().map((c) => c.conversationID)).to.include(warmID);
    expect(thread.$source.get()).to.equal('cache');
    expect(thread.$messages.get().map((m) => m.text)).to.deep.equal(['warm hello']);

    // Hold every server reply, so the login cannot finish while we look.
    await emulatorControl.pauseReplies();
    const login = warm.auth.login({ userID, userSig: await userSig(userID) });
    let duringLogin: { status: string; source: string; ids: string[] };
    try {
      await until(() => warm.auth.$loginStatus.get() === 'logging-in', 'logging-in');
      duringLogin = {
        status: warm.auth.$loginStatus.get(),
        source: warm.conversations.$source.get(),
        ids: warm.conversations.$conversations.get().map((c) => c.conversationID),
      };
    } finally {
      await emulatorControl.resumeReplies();
    }
    await login;
    expect(duringLogin.source).to.equal('cache');
    expect(duringLogin.ids).to.include(warmID);

    await until(() => warm.conversations.$source.get() === 'network', 'the network list');
    await until(
      () => warm.conversations.$conversations.get().some((c) => c.conversationID === warmID),
      'the conversation from the network',
    );
    const ids = warm.conversations.$conversations.get().map((c) => c.conversationID);
    expect(new Set(ids).size).to.equal(ids.length);

    await thread.loadOlder();
    expect(thread.$source.get()).to.equal('network');
    expect(thread.$messages.get().map((m) => m.text)).to.deep.equal(['warm hello']);
  });
});
