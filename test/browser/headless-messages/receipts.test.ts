import { expect } from '@open-wc/testing';
import type { TimCore } from '@tim-kit/headless';
import { nodePeer, uniqueUser } from '../support/emulator.js';
import { endCoreAndPeer, loginCore, until } from '../support/core.js';

describe('headless messages: read receipts', () => {
  const userID = uniqueUser('rcpt');
  const peer = uniqueUser('rpeer');
  let core: TimCore;

  before(async () => {
    ({ core } = await loginCore(userID));
    await nodePeer.login(peer);
  });
  after(() => endCoreAndPeer(core, peer));

  it('asks for a receipt and shows it once the peer sends one', async () => {
    const sent = await core.messages.sendText(`C2C${peer}`, 'did you read this?', {
      needReadReceipt: true,
    });
    expect(sent).to.deep.include({
      needReadReceipt: true,
      readReceipt: { isPeerRead: false, readCount: 0, unreadCount: 0 },
    });
    const received = await nodePeer.waitForMessage(peer, 'TIMTextElem', 'did you read this?');
    expect(received.needReadReceipt).to.equal(true);

    await nodePeer.sendReceipt(peer, 'did you read this?');

    const thread = core.messages.thread(`C2C${peer}`);
    await until(
      () => thread.$messages.get().find((m) => m.id === sent.id)?.readReceipt?.isPeerRead,
      'the receipt',
    );
  });

  it('marks sent messages isPeerRead when the peer reads the conversation', async () => {
    const sent = await core.messages.sendText(`C2C${peer}`, 'plain read');
    await nodePeer.waitForMessage(peer, 'TIMTextElem', 'plain read');

    await nodePeer.markRead(peer, `C2C${userID}`);

    const thread = core.messages.thread(`C2C${peer}`);
    await until(
      () => thread.$messages.get().find((m) => m.id === sent.id)?.isPeerRead,
      'isPeerRead',
    );
  });

  it('asks for receipts on every send once enableReadReceipt is on', async () => {
    const config = core.messages.configure({ enableReadReceipt: true });
    try {
      expect(config).to.deep.equal({ enableReadReceipt: true, enableAutoReport: true });
      const sent = await core.messages.sendText(`C2C${peer}`, 'receipt by default');
      expect(sent.needReadReceipt).to.equal(true);
    } finally {
      core.messages.configure({ enableReadReceipt: false });
    }
  });
});
