import { expect } from '@open-wc/testing';
import { TimErrorCode, type TimCore, type TimError, type TimMessage } from '@tim-kit/headless';
import { emulatorControl, importAccount, nodePeer, uniqueUser } from '../support/emulator.js';
import { loginCore, rejectionOf } from '../support/core.js';

// The emulator holds every media upload (body unread) until released, so an upload stays in
// flight for as long as a test needs; 8 MB is more than the loopback socket buffers take in.
const BIG = 8 * 1024 * 1024;

async function untilServer(read: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await read())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const heldUploads = async () => Number(await emulatorControl.heldUploads());
/** An aborted upload is noticed by the server within a chunk interval (100 ms); waits for it. */
const noUploadOpen = () =>
  untilServer(async () => (await heldUploads()) === 0, 'no upload to be open on the server');

describe('headless messages: cancelling an upload', () => {
  const userID = uniqueUser('cancel');
  const peer = uniqueUser('cpeer');
  const conversationID = () => `C2C${peer}`;
  let core: TimCore;

  before(async () => {
    ({ core } = await loginCore(userID));
    await nodePeer.login(peer);
    await emulatorControl.holdUploads();
  });

  after(async () => {
    await emulatorControl.releaseUploads();
    core?.destroy();
    await nodePeer.logout(peer);
  });

  /** Starts sending a big file and resolves once its upload is in flight on the server. */
  async function startUpload(
    send: (file: File) => Promise<TimMessage> = (file) =>
      core.messages.sendFile(conversationID(), file),
    name = 'big.bin',
    conversation = conversationID(),
  ): Promise<{ id: string; sending: Promise<TimMessage> }> {
    await noUploadOpen();
    const sending = send(new File([new Uint8Array(BIG)], name));
    sending.catch(() => {}); // each test looks at the outcome it is about
    const id = core.messages.thread(conversation).$messages.get().at(-1)?.id ?? '';
    await untilServer(async () => (await heldUploads()) === 1, 'the upload to start');
    return { id, sending };
  }

  it('rejects the send with UPLOAD_CANCELLED', async () => {
    const { id, sending } = await startUpload();
    await core.messages.cancelUpload(conversationID(), id);
    const error = (await rejectionOf(sending)) as TimError;
    expect(error.name).to.equal('TimError');
    expect(error.code).to.equal(TimErrorCode.UPLOAD_CANCELLED);
    expect(error.operation).to.equal('messages.sendFile');
  });

  it('removes the message from the thread instead of showing it failed', async () => {
    const { id } = await startUpload();
    const ids = () =>
      core.messages
        .thread(conversationID())
        .$messages.get()
        .map((m) => m.id);
    expect(ids()).to.include(id);
    await core.messages.cancelUpload(conversationID(), id);
    expect(ids()).not.to.include(id);
  });

  it('aborts the HTTP upload, so the server is left with nothing waiting', async () => {
    const { id } = await startUpload();
    await core.messages.cancelUpload(conversationID(), id);
    await noUploadOpen();
  });

  it('cancels an image upload too', async () => {
    const { id, sending } = await startUpload(
      (file) => core.messages.sendImage(conversationID(), file),
      'big.png',
    );
    await core.messages.cancelUpload(conversationID(), id);
    expect(((await rejectionOf(sending)) as TimError).code).to.equal(TimErrorCode.UPLOAD_CANCELLED);
  });

  it('cancels a video upload, refusing the second upload the SDK tries after a failure', async () => {
    const { id, sending } = await startUpload(
      (file) =>
        core.messages.sendVideo(
          conversationID(),
          new File([file], 'big.mp4', { type: 'video/mp4' }),
        ),
      'big.mp4',
    );
    await core.messages.cancelUpload(conversationID(), id);
    expect(((await rejectionOf(sending)) as TimError).code).to.equal(TimErrorCode.UPLOAD_CANCELLED);
    await noUploadOpen();
  });

  it('stops an upload that has not started yet', async () => {
    await noUploadOpen();
    const sending = core.messages.sendFile(
      conversationID(),
      new File([new Uint8Array(BIG)], 'early.bin'),
    );
    sending.catch(() => {});
    const id = core.messages.thread(conversationID()).$messages.get().at(-1)?.id ?? '';
    // Same tick as the send: the SDK is still asking the server where to upload.
    await core.messages.cancelUpload(conversationID(), id);
    expect(((await rejectionOf(sending)) as TimError).code).to.equal(TimErrorCode.UPLOAD_CANCELLED);
    expect(await heldUploads()).to.equal(0);
  });

  it('never delivers or stores a cancelled message', async () => {
    const { id } = await startUpload();
    await core.messages.cancelUpload(conversationID(), id);
    // A text sent afterwards arrives; by then a delivered file would have arrived too.
    const text = `after-cancel-${Date.now()}`;
    await core.messages.sendText(conversationID(), text);
    await nodePeer.waitForText(peer, text);
    const history = await nodePeer.history(peer, `C2C${userID}`);
    expect(history.map((m) => m.label)).to.deep.equal([text]);
  });

  it('keeps it out of history pages loaded afterwards (the SDK still holds it as failed)', async () => {
    // A conversation whose history was never loaded: the send is its first entry.
    const other = uniqueUser('cother');
    await importAccount(other);
    const otherID = `C2C${other}`;
    const { id } = await startUpload(
      (file) => core.messages.sendFile(otherID, file),
      'big.bin',
      otherID,
    );
    await core.messages.cancelUpload(otherID, id);
    const thread = core.messages.thread(otherID);
    await thread.loadOlder();
    expect(thread.$messages.get().map((m) => m.id)).not.to.include(id);
  });

  it('refuses a message that is not uploading with INVALID_ARGUMENT', async () => {
    const sent = await core.messages.sendText(conversationID(), 'plain text');
    const error = (await rejectionOf(
      core.messages.cancelUpload(conversationID(), sent.id),
    )) as TimError;
    expect(error.code).to.equal(TimErrorCode.INVALID_ARGUMENT);
    expect(error.operation).to.equal('messages.cancelUpload');
  });

  it('refuses an unknown message ID with INVALID_ARGUMENT', async () => {
    const error = (await rejectionOf(
      core.messages.cancelUpload(conversationID(), 'no-such-message'),
    )) as TimError;
    expect(error.code).to.equal(TimErrorCode.INVALID_ARGUMENT);
  });

  it('checks its arguments before anything else', async () => {
    const { id, sending } = await startUpload();
    const badConversation = (await rejectionOf(
      core.messages.cancelUpload('not-a-conversation', id),
    )) as TimError;
    const badID = (await rejectionOf(
      core.messages.cancelUpload(conversationID(), 42 as unknown as string),
    )) as TimError;
    expect([badConversation.code, badID.code]).to.deep.equal([
      TimErrorCode.INVALID_ARGUMENT,
      TimErrorCode.INVALID_ARGUMENT,
    ]);
    // The upload was left alone by both.
    expect(core.messages.thread(conversationID()).$messages.get().at(-1)?.status).to.equal(
      'sending',
    );
    await core.messages.cancelUpload(conversationID(), id);
    await rejectionOf(sending);
  });
});
