import { expect } from '@open-wc/testing';
import { TimErrorCode, type TimCore, type TimMessage } from '@tim-kit/headless';
import { importAccount, sendTextAs, uniqueUser } from '../support/emulator.js';
import { loginCore, rejectionOf } from '../support/core.js';

describe('headless messages: loading newer history from a message', () => {
  const userID = uniqueUser('hnew');
  const peer = uniqueUser('hnewp');
  const conversationID = `C2C${peer}`;
  const labels = Array.from({ length: 20 }, (_, i) => `n${i + 1}`);
  let core: TimCore;

  before(async () => {
    ({ core } = await loginCore(userID));
    await importAccount(peer);
    // Sent within a second or two: pages must not lose or repeat messages sharing a second.
    for (const text of labels) await sendTextAs(peer, userID, text);
  });

  after(() => core?.destroy());

  const codeOf = async (promise: Promise<unknown>) =>
    ((await rejectionOf(promise)) as { code: number }).code;

  it('pages from the 5th message to the newest, in order, then reports completion', async () => {
    const thread = core.messages.thread(conversationID);
    while (!thread.$isComplete.get()) await thread.loadOlder();
    const anchor = thread.$messages.get().find((m) => m.text === 'n5');
    expect(anchor, 'the 5th message in the thread').to.not.equal(undefined);

    const seen: TimMessage[] = [];
    let from = anchor!.id;
    for (let pages = 0; pages < 20; pages++) {
      const page = await core.messages.loadNewer(conversationID, from, { count: 15 });
      expect(page.messages.length).to.be.at.most(15);
      seen.push(...page.messages);
      if (page.isCompleted) break;
      from = page.messages[page.messages.length - 1]?.id ?? from;
    }
    expect(seen.map((m) => m.text)).to.deep.equal(labels.slice(5));

    const last = seen[seen.length - 1]!;
    const tail = await core.messages.loadNewer(conversationID, last.id);
    expect(tail).to.deep.equal({ messages: [], isCompleted: true });
  });

  it('rejects a bad count or an unknown anchor with INVALID_ARGUMENT', async () => {
    const some = core.messages.thread(conversationID).$messages.get()[0]!;
    expect(await codeOf(core.messages.loadNewer(conversationID, some.id, { count: 16 }))).to.equal(
      TimErrorCode.INVALID_ARGUMENT,
    );
    expect(await codeOf(core.messages.loadNewer(conversationID, 'no-such-id'))).to.equal(
      TimErrorCode.INVALID_ARGUMENT,
    );
    expect(await codeOf(core.messages.loadNewer('X1', some.id))).to.equal(
      TimErrorCode.INVALID_ARGUMENT,
    );
  });
});
