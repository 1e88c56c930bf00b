import { expect } from '@open-wc/testing';
import { TimErrorCode, createTimCore, type TimCore } from '@tim-kit/headless';
import { chatForTests, rejectionOf } from '../support/core.js';

// Media checks run before login is even looked at, so this suite never logs in: any network
// use would fail differently (2024 NOT_LOGGED_IN).
describe('headless messages: media validation before any network', () => {
  let core: TimCore;
  const to = 'C2Cnobody';

  before(async () => {
    core = createTimCore({ chat: await chatForTests() });
  });

  after(() => core?.destroy());

  const codeOf = async (promise: Promise<unknown>) =>
    ((await rejectionOf(promise)) as { code: number }).code;

  const mb = (n: number) => n * 1024 * 1024;
  /** A Blob of `bytes` zero bytes, built from one shared chunk. */
  const sized = (bytes: number, name: string, type: string) => {
    const chunk = new Uint8Array(mb(1));
    const parts: BlobPart[] = [];
    for (let left = bytes; left > 0; left -= chunk.length)
      parts.push(left >= chunk.length ? chunk : chunk.subarray(0, left));
    return new File(parts, name, { type });
  };

  it('refuses an image of 20 MB with 2253', async () => {
    const image = sized(mb(20), 'big.png', 'image/png');
    expect(await codeOf(core.messages.sendImage(to, image))).to.equal(TimErrorCode.IMAGE_TOO_LARGE);
  });

  it('refuses an image with an unsupported extension with 2252', async () => {
    const image = new File(['x'], 'picture.tiff', { type: 'image/tiff' });
    expect(await codeOf(core.messages.sendImage(to, image))).to.equal(2252);
  });

  it('refuses an empty file with 2108', async () => {
    expect(await codeOf(core.messages.sendFile(to, new File([], 'empty.txt')))).to.equal(2108);
  });

  it('refuses a file over 100 MB with 2402', async () => {
    const file = sized(mb(100) + 1, 'huge.bin', 'application/octet-stream');
    expect(await codeOf(core.messages.sendFile(to, file))).to.equal(2402);
  });

  it('refuses a video that is not mp4 or mov with 2352', async () => {
    const video = new File(['x'], 'clip.webm', { type: 'video/webm' });
    expect(await codeOf(core.messages.sendVideo(to, video))).to.equal(2352);
  });

  it("refuses a video over 100 MB with the SDK's 2351", async () => {
    const video = sized(mb(100) + 1, 'long.mp4', 'video/mp4');
    expect(await codeOf(core.messages.sendVideo(to, video))).to.equal(TimErrorCode.VIDEO_TOO_LARGE);
  });

  it('refuses a voice clip with a negative length', async () => {
    const clip = new File(['x'], 'a.mp3', { type: 'audio/mpeg' });
    expect(await codeOf(core.messages.sendSound(to, clip, -1))).to.equal(
      TimErrorCode.INVALID_ARGUMENT,
    );
  });

  it('refuses something that is not a file', async () => {
    const notAFile = 'a.png' as unknown as File;
    expect(await codeOf(core.messages.sendImage(to, notAFile))).to.equal(
      TimErrorCode.INVALID_ARGUMENT,
    );
  });

  it('accepts a valid image up to the login check (2024), leaving no entry behind', async () => {
    const image = new File(['x'], 'ok.png', { type: 'image/png' });
    expect(await codeOf(core.messages.sendImage(to, image))).to.equal(TimErrorCode.NOT_LOGGED_IN);
    expect(core.messages.thread(to).$messages.get()).to.deep.equal([]);
  });
});
