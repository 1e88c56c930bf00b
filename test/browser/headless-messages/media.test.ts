import { expect } from '@open-wc/testing';
import type { TimCore, TimMessage } from '@tim-kit/headless';
import { nodePeer, testEnv, uniqueUser, userSig } from '../support/emulator.js';
import { endCoreAndPeer, loginCore } from '../support/core.js';

// A 1x1 transparent PNG.
const PNG_BYTES = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

/** The emulator's HTTP origin: uploaded media must be served from it (a loopback URL). */
const loopback = new URL(testEnv.url).host;

/** Records every progress value the entry `id` shows while `send` runs. */
async function trackProgress(
  core: TimCore,
  conversationID: string,
  send: () => Promise<TimMessage>,
): Promise<{ sent: TimMessage; progress: number[]; firstStatus: string | undefined }> {
  const thread = core.messages.thread(conversationID);
  const progress: number[] = [];
  const stop = thread.$messages.listen((messages) => {
    const last = messages.at(-1);
    if (last?.progress !== undefined && progress.at(-1) !== last.progress)
      progress.push(last.progress);
  });
  try {
    const sending = send();
    const firstStatus = thread.$messages.get().at(-1)?.status;
    const sent = await sending;
    return { sent, progress, firstStatus };
  } finally {
    stop();
  }
}

describe('headless messages: media', () => {
  const userID = uniqueUser('media');
  const peer = uniqueUser('mpeer');
  const conversationID = () => `C2C${peer}`;
  let core: TimCore;

  before(async () => {
    ({ core } = await loginCore(userID));
    await nodePeer.login(peer);
  });
  after(() => endCoreAndPeer(core, peer));

  it('sends an image with progress reaching 1, and the peer gets a loopback URL', async () => {
    const file = new File([PNG_BYTES], 'dot.png', { type: 'image/png' });
    const { sent, progress, firstStatus } = await trackProgress(core, conversationID(), () =>
      core.messages.sendImage(conversationID(), file),
    );

    expect(firstStatus).to.equal('sending');
    expect(sent).to.include({ status: 'sent', kind: 'image', progress: 1 });
    expect(progress.at(-1)).to.equal(1);
    const received = await nodePeer.waitForMessage(peer, 'TIMImageElem');
    const urls = (received.payload.imageInfoArray as Array<{ url?: string; imageUrl?: string }>)
      .map((info) => info.imageUrl || info.url || '')
      .filter(Boolean);
    expect(urls.length).to.be.greaterThan(0);
    expect(urls.every((url) => url.includes(loopback))).to.equal(true);
  });

  it('an image read back from history keeps the server URL, not the SDK https rewrite', async () => {
    await core.messages.sendImage(
      conversationID(),
      new File([PNG_BYTES], 'again.png', { type: 'image/png' }),
    );
    // After a new login the thread comes from the server, where the SDK rewrites imageUrl to https.
    await core.auth.logout();
    await core.auth.login({ userID, userSig: await userSig(userID) });
    const thread = core.messages.thread(conversationID());
    await thread.loadOlder();
    const image = [...thread.$messages.get()].reverse().find((m) => m.content.kind === 'image');
    const content = image?.content.kind === 'image' ? image.content : undefined;
    expect(content?.thumbnail?.url).to.match(new RegExp(`^${testEnv.url}/`));
    expect(content?.original?.url).to.match(new RegExp(`^${testEnv.url}/`));
  });

  it('names a bare Blob after its MIME type so the image is accepted', async () => {
    const sent = await core.messages.sendImage(
      conversationID(),
      new Blob([PNG_BYTES], { type: 'image/png' }),
    );
    expect(sent.status).to.equal('sent');
    expect(sent.content.kind).to.equal('image');
  });

  it('sends a voice clip with its length, and the peer gets its URL and seconds', async () => {
    const clip = new File([new Uint8Array(256).fill(1)], 'note.mp3', { type: 'audio/mpeg' });
    const { sent } = await trackProgress(core, conversationID(), () =>
      core.messages.sendSound(conversationID(), clip, 3),
    );

    expect(sent).to.include({ status: 'sent', kind: 'sound', progress: 1 });
    expect(sent.content).to.include({ kind: 'sound', seconds: 3 });
    const received = await nodePeer.waitForMessage(peer, 'TIMSoundElem');
    expect(received.payload.second).to.equal(3);
    expect(String(received.payload.url ?? received.payload.remoteAudioUrl)).to.include(loopback);
  });

  it('sends an mp4 video, and the peer gets a loopback URL', async () => {
    const video = new Blob([new Uint8Array(512).fill(2)], { type: 'video/mp4' });
    const { sent } = await trackProgress(core, conversationID(), () =>
      core.messages.sendVideo(conversationID(), video),
    );

    expect(sent).to.include({ status: 'sent', kind: 'video', progress: 1 });
    const received = await nodePeer.waitForMessage(peer, 'TIMVideoFileElem');
    const url = String(received.payload.videoUrl || received.payload.remoteVideoUrl);
    expect(url).to.include(loopback);
  });

  it('sends a file with its name and size, and the peer gets a loopback URL', async () => {
    const file = new File(['quarterly numbers'], 'report.txt', { type: 'text/plain' });
    const { sent } = await trackProgress(core, conversationID(), () =>
      core.messages.sendFile(conversationID(), file),
    );

    expect(sent).to.include({ status: 'sent', kind: 'file', text: '[File] report.txt' });
    expect(sent.content).to.include({ kind: 'file', name: 'report.txt', size: 17 });
    const received = await nodePeer.waitForMessage(peer, 'TIMFileElem');
    expect(received.payload.fileName).to.equal('report.txt');
    expect(String(received.payload.fileUrl || received.payload.remoteFileUrl)).to.include(loopback);
  });
});
