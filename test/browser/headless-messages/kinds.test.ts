import { expect } from '@open-wc/testing';
import type { TimCore, TimMessage } from '@tim-kit/headless';
import { importAccount, nodePeer, rest, uniqueUser } from '../support/emulator.js';
import { endCoreAndPeer, loginCore, sleep, until } from '../support/core.js';

// Sends that need no upload: face, location, custom, and the options every send takes.
describe('headless messages: non-media kinds', () => {
  const userID = uniqueUser('kinds');
  const peer = uniqueUser('kpeer');
  let core: TimCore;

  before(async () => {
    ({ core } = await loginCore(userID));
    await nodePeer.login(peer);
  });
  after(() => endCoreAndPeer(core, peer));

  it("sends a face 'sending' then 'sent', and the peer receives its index and data", async () => {
    const thread = core.messages.thread(`C2C${peer}`);
    const sending = core.messages.sendFace(`C2C${peer}`, 7, 'smile');
    const optimistic = thread.$messages.get().at(-1);
    const sent = await sending;

    expect(optimistic).to.deep.include({ status: 'sending', kind: 'face', text: '[Sticker]' });
    expect(sent.content).to.deep.equal({ kind: 'face', index: 7, data: 'smile' });
    const received = await nodePeer.waitForMessage(peer, 'TIMFaceElem');
    expect(received.payload).to.deep.include({ index: 7, data: 'smile' });
  });

  it('sends a location with its description and coordinates', async () => {
    const sent = await core.messages.sendLocation(`C2C${peer}`, {
      description: 'Shenzhen Bay',
      longitude: 113.94,
      latitude: 22.52,
    });

    expect(sent.content).to.deep.equal({
      kind: 'location',
      description: 'Shenzhen Bay',
      longitude: 113.94,
      latitude: 22.52,
    });
    expect(sent.text).to.equal('[Location] Shenzhen Bay');
    const received = await nodePeer.waitForMessage(peer, 'TIMLocationElem', 'Shenzhen Bay');
    expect(received.payload).to.deep.include({ longitude: 113.94, latitude: 22.52 });
  });

  it('sends a custom message with data, description and extension', async () => {
    const sent = await core.messages.sendCustom(`C2C${peer}`, {
      data: '{"order":42}',
      description: 'Order 42',
      extension: 'ext',
    });

    expect(sent.content).to.deep.equal({
      kind: 'custom',
      data: '{"order":42}',
      description: 'Order 42',
      extension: 'ext',
    });
    const received = await nodePeer.waitForMessage(peer, 'TIMCustomElem', '{"order":42}');
    expect(received.payload).to.deep.include({ description: 'Order 42', extension: 'ext' });
  });

  it('delivers cloudCustomData with the message', async () => {
    await core.messages.sendText(`C2C${peer}`, 'with extra', { cloudCustomData: '{"q":1}' });
    const received = await nodePeer.waitForMessage(peer, 'TIMTextElem', 'with extra');
    expect(received.cloudCustomData).to.equal('{"q":1}');
  });

  it('delivers an online-only text to an online peer', async () => {
    await core.messages.sendText(`C2C${peer}`, 'only while online', { onlineOnly: true });
    const received = await nodePeer.waitForMessage(peer, 'TIMTextElem', 'only while online');
    expect(received.from).to.equal(userID);
  });

  it('does not store an online-only text for a peer who is offline', async () => {
    const offline = uniqueUser('offline');
    await importAccount(offline);
    await core.messages.sendText(`C2C${offline}`, 'lost on purpose', { onlineOnly: true });
    await core.messages.sendText(`C2C${offline}`, 'stored');

    await nodePeer.login(offline);
    try {
      const history = await nodePeer.history(offline, `C2C${userID}`);
      expect(history.map((m) => m.label)).to.deep.equal(['stored']);
    } finally {
      await nodePeer.logout(offline);
    }
  });

  it('shows a received custom message with typed content', async () => {
    const sender = uniqueUser('csender');
    await importAccount(sender);
    const thread = core.messages.thread(`C2C${sender}`);
    await thread.loadOlder();
    await sendCustomAs(sender, userID);

    const message = await until(
      () => thread.$messages.get().find((m) => m.kind === 'custom'),
      'the custom message',
    );
    expect(message.content).to.deep.equal({
      kind: 'custom',
      data: 'payload',
      description: 'described',
      extension: '',
    });
    expect((message as TimMessage).fromSelf).to.equal(false);
  });

  it('rejects a location outside the globe before sending', async () => {
    const before = core.messages.thread(`C2C${peer}`).$messages.get().length;
    const error = await core.messages
      .sendLocation(`C2C${peer}`, { description: 'x', longitude: 200, latitude: 0 })
      .catch((e: unknown) => e);
    expect(error).to.include({ code: 2, operation: 'messages.sendLocation' });
    await sleep(50);
    expect(core.messages.thread(`C2C${peer}`).$messages.get()).to.have.length(before);
  });
});

async function sendCustomAs(from: string, to: string): Promise<void> {
  await rest('openim/sendmsg', {
    SyncOtherMachine: 2,
    From_Account: from,
    To_Account: to,
    MsgRandom: Math.floor(Math.random() * 2 ** 31),
    MsgBody: [
      { MsgType: 'TIMCustomElem', MsgContent: { Data: 'payload', Desc: 'described', Ext: '' } },
    ],
  });
}
