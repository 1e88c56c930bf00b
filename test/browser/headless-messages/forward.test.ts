import { expect } from '@open-wc/testing';
import { TimErrorCode, type TimCore, type TimMessage } from '@tim-kit/headless';
import { importAccount, nodePeer, rest, sendTextAs, uniqueUser } from '../support/emulator.js';
import { endCoreAndPeer, loginCore, rejectionOf, until } from '../support/core.js';

// A 1x1 transparent PNG.
const PNG_BYTES = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

const imageUrls = (payload: Record<string, unknown>): string[] =>
  (payload.imageInfoArray as Array<{ url?: string; imageUrl?: string }>).map(
    (info) => info.url || info.imageUrl || '',
  );

// Forwarding: messages of one conversation (with `source`) go to the peer, one by one or merged.
describe('headless messages: forward', () => {
  const userID = uniqueUser('fwd');
  const source = uniqueUser('fsrc');
  const peer = uniqueUser('fpeer');
  const from = `C2C${source}`;
  const to = `C2C${peer}`;
  let core: TimCore;
  let text: TimMessage;
  let image: TimMessage;

  before(async () => {
    ({ core } = await loginCore(userID));
    await importAccount(source);
    await nodePeer.login(peer);
    text = await core.messages.sendText(from, 'forward me');
    image = await core.messages.sendImage(
      from,
      new File([PNG_BYTES], 'dot.png', { type: 'image/png' }),
    );
  });
  after(() => endCoreAndPeer(core, peer));

  it('forwards a text and an image one by one: the peer receives both from the user', async () => {
    const result = await core.messages.forward(to, [text, image]);

    expect(result.failed).to.deep.equal([]);
    expect(result.sent.map((m) => m.kind)).to.deep.equal(['text', 'image']);
    const gotText = await nodePeer.waitForMessage(peer, 'TIMTextElem', 'forward me');
    expect(gotText.from).to.equal(userID);
    const gotImage = await nodePeer.waitForMessage(peer, 'TIMImageElem');
    expect(gotImage.from).to.equal(userID);
    expect(imageUrls(gotImage.payload)[0]).to.equal(
      image.content.kind === 'image' ? image.content.original?.url : 'no image',
    );
  });

  it('shows the forwarded message in the target thread as sending in the same tick', async () => {
    const thread = core.messages.thread(to);
    const forwarding = core.messages.forward([to], [text]);
    const optimistic = thread.$messages.get().at(-1);
    await forwarding;

    expect(optimistic).to.deep.include({ status: 'sending', kind: 'text', text: 'forward me' });
    expect(thread.$messages.get().find((m) => m.id === optimistic?.id)?.status).to.equal('sent');
  });

  it('forwards a message received from someone else', async () => {
    const thread = core.messages.thread(from);
    await thread.loadOlder();
    await sendTextAs(source, userID, 'from the source');
    const received = await until(
      () => thread.$messages.get().find((m) => m.text === 'from the source'),
      'the received text',
    );

    await core.messages.forward(to, [received]);

    const got = await nodePeer.waitForMessage(peer, 'TIMTextElem', 'from the source');
    expect(got.from).to.equal(userID);
  });

  it('forwards a received image with a URL the emulator serves (http, not forced https)', async () => {
    const url = image.content.kind === 'image' ? (image.content.original?.url ?? '') : '';
    const info = (Type: number) => ({ Type, Size: 68, Width: 1, Height: 1, URL: url });
    await rest('openim/sendmsg', {
      SyncOtherMachine: 1,
      From_Account: source,
      To_Account: userID,
      MsgRandom: Math.floor(Math.random() * 2 ** 31),
      MsgBody: [
        {
          MsgType: 'TIMImageElem',
          MsgContent: { UUID: 'fwd-received', ImageFormat: 3, ImageInfoArray: [1, 2, 3].map(info) },
        },
      ],
    });
    const thread = core.messages.thread(from);
    const received = await until(
      () => thread.$messages.get().find((m) => m.kind === 'image' && !m.fromSelf),
      'the received image',
    );

    await core.messages.forward(to, [received], { cloudCustomData: 'received-image' });

    const got = await nodePeer.waitForMessage(peer, 'TIMImageElem', undefined, 'received-image');
    const urls = (got.payload.imageInfoArray as Array<{ url?: string }>).map((i) => i.url);
    expect(urls[0]).to.equal(url);
  });

  it('forwards merged: the peer receives one merger message holding the originals', async () => {
    const result = await core.messages.forward(to, [image, text], {
      merged: true,
      title: 'Merged one',
    });

    expect(result.sent).to.have.length(1);
    expect(result.sent[0]?.content).to.deep.include({ kind: 'merger', title: 'Merged one' });
    const got = await nodePeer.waitForMerger(peer, 'Merged one');
    expect(got.from).to.equal(userID);
    // Oldest first, whatever order they were passed in.
    expect(got.inner.map((m) => [m.from, m.type, m.label])).to.deep.equal([
      [userID, 'TIMTextElem', 'forward me'],
      [userID, 'TIMImageElem', ''],
    ]);
    expect((got.payload.abstractList as string[])[0]).to.match(/: forward me$/);
  });

  it('opens a large merged message, which the SDK stored on the server, with every original', async () => {
    const texts = ['a', 'b', 'c', 'd'].map((ch) => ch.repeat(3500));
    const originals: TimMessage[] = [];
    for (const t of texts) originals.push(await core.messages.sendText(from, t));

    const { sent } = await core.messages.forward(to, originals, { merged: true, title: 'Large' });
    const inside = await core.messages.openMerged(to, sent[0]!.id);

    expect(inside.map((m) => m.text)).to.deep.equal(texts);
    expect(inside.every((m) => m.kind === 'text' && m.from === userID)).to.equal(true);
    const got = await nodePeer.waitForMerger(peer, 'Large');
    expect(got.inner.map((m) => m.label)).to.deep.equal(texts);
  });

  it('opens a small merged message from the messages it carries', async () => {
    const { sent } = await core.messages.forward(to, [text], { merged: true, title: 'Small' });
    const inside = await core.messages.openMerged(to, sent[0]!.id);

    expect(inside.map((m) => [m.kind, m.text])).to.deep.equal([['text', 'forward me']]);
  });

  it('refuses an empty target list before sending anything', async () => {
    const error = await rejectionOf(core.messages.forward([], [text]));
    expect(error).to.include({ code: TimErrorCode.INVALID_ARGUMENT });
  });

  it('refuses an empty message list', async () => {
    const error = await rejectionOf(core.messages.forward(to, []));
    expect(error).to.include({ code: TimErrorCode.INVALID_ARGUMENT });
  });

  it('refuses the system conversation as a target', async () => {
    const error = await rejectionOf(core.messages.forward('@TIM#SYSTEM', [text]));
    expect(error).to.include({ code: TimErrorCode.INVALID_ARGUMENT });
  });

  it('refuses more than 30 messages one by one', async () => {
    const many = Array.from({ length: 31 }, (_, i) => ({ conversationID: from, id: `x${i}` }));
    const error = await rejectionOf(core.messages.forward(to, many));
    expect(error).to.include({ code: TimErrorCode.INVALID_ARGUMENT });
    expect((error as Error).message).to.contain('at most 30');
  });

  it('refuses a message that is not in the thread', async () => {
    const before = core.messages.thread(to).$messages.get().length;
    const error = await rejectionOf(
      core.messages.forward(to, [{ conversationID: from, id: 'nope' }]),
    );
    expect(error).to.include({ code: TimErrorCode.INVALID_ARGUMENT });
    expect(core.messages.thread(to).$messages.get()).to.have.length(before);
  });

  it('refuses a recalled message', async () => {
    const sent = await core.messages.sendText(from, 'soon recalled');
    await core.messages.revoke(from, sent.id);
    const error = await rejectionOf(core.messages.forward(to, [sent]));
    expect(error).to.include({ code: TimErrorCode.INVALID_ARGUMENT });
    expect((error as Error).message).to.contain('recalled');
  });
});
