import { expect } from '@open-wc/testing';
import type { TimCore, TimMessage } from '@tim-kit/headless';
import {
  emulatorControl,
  importAccount,
  nodePeer,
  sendTextAs,
  uniqueUser,
} from '../support/emulator.js';
import { loginCore, rejectionOf, sleep, until } from '../support/core.js';

describe('headless messages', () => {
  const userID = uniqueUser('msg');
  let core: TimCore;

  before(async () => {
    ({ core } = await loginCore(userID));
  });

  after(() => core?.destroy());

  it("shows a sent text as 'sending' at once and 'sent' after the reply", async () => {
    const peer = uniqueUser('to');
    await importAccount(peer);
    const thread = core.messages.thread(`C2C${peer}`);

    const sending = core.messages.sendText(`C2C${peer}`, 'hi there');
    const optimistic = thread.$messages.get().at(-1);
    const sent = await sending;

    expect(optimistic).to.include({
      text: 'hi there',
      status: 'sending',
      fromSelf: true,
      kind: 'text',
    });
    expect(sent).to.include({ id: optimistic?.id, status: 'sent' });
    expect(thread.$messages.get().map((m) => [m.id, m.status])).to.deep.equal([
      [optimistic?.id, 'sent'],
    ]);
  });

  it('delivers the sent text to the peer', async () => {
    const peer = uniqueUser('node');
    await nodePeer.login(peer);
    try {
      const received = nodePeer.waitForText(peer, 'over the wire');
      // waitForText only sees events after it is registered in the runner's process.
      await sleep(200);
      await core.messages.sendText(`C2C${peer}`, 'over the wire');
      expect(await received).to.deep.equal({ from: userID, text: 'over the wire' });
    } finally {
      await nodePeer.logout(peer);
    }
  });

  it("marks a text to an unknown user 'failed', and resend() delivers it once the user exists", async () => {
    const ghost = uniqueUser('ghost');
    const conversationID = `C2C${ghost}`;

    const error = (await rejectionOf(core.messages.sendText(conversationID, 'anyone there?'))) as {
      code: number;
    };
    const failed = core.messages.thread(conversationID).$messages.get().at(-1) as TimMessage;
    expect(failed).to.include({ status: 'failed', text: 'anyone there?' });
    expect(failed.error?.code).to.equal(error.code);

    await importAccount(ghost);
    const resent = await core.messages.resend(conversationID, failed.id);

    expect(resent).to.include({ id: failed.id, status: 'sent' });
    expect(core.messages.thread(conversationID).$messages.get()).to.have.length(1);
  });

  it("turns a text sent while the socket drops 'sent' once the SDK reconnects", async () => {
    const peer = uniqueUser('flaky');
    await importAccount(peer);
    const thread = core.messages.thread(`C2C${peer}`);

    await emulatorControl.pauseReplies();
    const sending = core.messages.sendText(`C2C${peer}`, 'through a drop');
    await sleep(300);
    await emulatorControl.dropSockets(userID);
    await emulatorControl.resumeReplies();
    const sent = await sending;

    expect(sent.status).to.equal('sent');
    expect(thread.$messages.get().map((m) => [m.text, m.status])).to.deep.equal([
      ['through a drop', 'sent'],
    ]);
  });

  it('shows a text that arrives in an open thread once', async () => {
    const peer = uniqueUser('push');
    await importAccount(peer);
    const thread = core.messages.thread(`C2C${peer}`);
    await thread.loadOlder();

    await sendTextAs(peer, userID, 'pushed');

    await until(() => thread.$messages.get().some((m) => m.text === 'pushed'), 'the pushed text');
    await sleep(300);
    expect(thread.$messages.get().filter((m) => m.text === 'pushed')).to.have.length(1);
    expect(thread.$messages.get().at(-1)).to.include({
      from: peer,
      fromSelf: false,
      status: 'sent',
    });
  });

  it('loads history 15 at a time, oldest first, until it is complete', async () => {
    const peer = uniqueUser('hist');
    await importAccount(peer);
    for (let i = 1; i <= 20; i++) await sendTextAs(peer, userID, `m${i}`);
    await until(
      () =>
        core.conversations.$conversations.get().find((c) => c.peerID === peer)?.lastMessage
          ?.preview === 'm20',
      'the last of 20 texts',
    );
    const thread = core.messages.thread(`C2C${peer}`);

    await thread.loadOlder();
    const firstPage = thread.$messages.get().map((m) => m.text);
    const completeAfterFirst = thread.$isComplete.get();
    await thread.loadOlder();

    expect(firstPage).to.deep.equal(Array.from({ length: 15 }, (_, i) => `m${i + 6}`));
    expect(completeAfterFirst).to.equal(false);
    expect(thread.$messages.get().map((m) => m.text)).to.deep.equal(
      Array.from({ length: 20 }, (_, i) => `m${i + 1}`),
    );
    expect(thread.$isComplete.get()).to.equal(true);
    expect(thread.$isLoading.get()).to.equal(false);
  });

  it('returns the same thread object for the same conversation', () => {
    expect(core.messages.thread('C2Csomeone')).to.equal(core.messages.thread('C2Csomeone'));
  });
});
