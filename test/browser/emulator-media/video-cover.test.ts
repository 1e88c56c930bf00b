// Video covers through the real SDK in Chromium: the browser user sends a real (tiny) mp4, the
// emulator makes a JPEG of its first frame (im_cos_msg.video_cover), and the message carries it
// as its thumbnail: the receiver gets a URL serving that JPEG, and <tim-chat> uses it as the
// video's poster.
import { expect, fixture, html } from '@open-wc/testing';
import type { TimCore } from '@tim-kit/headless';
import '@tim-kit/elements';
import type { TimChat } from '@tim-kit/elements';
import { loginCore } from '../support/core.js';
import { importAccount, nodePeer, testEnv, uniqueUser } from '../support/emulator.js';
import { shadowAll, waitFor } from '../elements/support.js';

const me = uniqueUser('cover');
const peer = uniqueUser('cpeer');
let core: TimCore;
let clip: File;

describe('emulator video covers', function () {
  this.timeout(60_000);

  before(async () => {
    // 1 s of ffmpeg's testsrc at 64x48 (see test/fixtures/README.md).
    const res = await fetch(new URL('/test/fixtures/tiny-64x48.mp4', location.href));
    expect(res.status).to.equal(200);
    clip = new File([await res.arrayBuffer()], 'clip.mp4', { type: 'video/mp4' });
    await importAccount(peer);
    await nodePeer.login(peer);
    ({ core } = await loginCore(me));
  });

  after(async () => {
    await nodePeer.logout(peer);
    await core.auth.logout();
    core.destroy();
  });

  it('a received video carries a thumbnail URL serving a JPEG of the video’s size', async () => {
    await core.messages.sendVideo(`C2C${peer}`, clip, { cloudCustomData: 'cover-wire' });
    const got = await nodePeer.waitForMessage(peer, 'TIMVideoFileElem', undefined, 'cover-wire');
    const thumb = got.payload.thumbUrl as string;
    expect(thumb.startsWith(`${testEnv.url}/media/files/`)).to.equal(true);
    expect(thumb).to.not.equal(got.payload.videoUrl);
    expect([got.payload.thumbWidth, got.payload.thumbHeight]).to.deep.equal([64, 48]);
    const res = await fetch(thumb);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.equal('image/jpeg');
    const jpeg = new Uint8Array(await res.arrayBuffer());
    expect([jpeg[0], jpeg[1]]).to.deep.equal([0xff, 0xd8]);
  });

  it('<tim-chat> shows the cover as the video’s poster', async () => {
    const conversationID = `C2C${peer}`;
    const el = await fixture<TimChat>(
      html`<tim-chat
        .core=${core}
        conversation-id=${conversationID}
        lang="en"
        style="height: 640px"
      ></tim-chat>`,
    );
    await core.messages.sendVideo(conversationID, clip);
    const player = await waitFor(
      () => {
        const video = shadowAll(el, '[part="message"].self.sent.kind-video video').at(-1);
        const poster = video?.getAttribute('poster') ?? '';
        return poster.startsWith(`${testEnv.url}/media/files/`) ? video : null;
      },
      'the sent video shows a poster from the emulator',
      20_000,
    );
    const poster = player.getAttribute('poster')!;
    expect(poster).to.not.equal(player.getAttribute('src'));
    // The poster really loads: the browser decodes it as a 64x48 image.
    const img = new Image();
    img.src = poster;
    await img.decode();
    expect([img.naturalWidth, img.naturalHeight]).to.deep.equal([64, 48]);
  });
});
