// The upload-in-progress story: the emulator holds uploads (POST /dev/uploads/hold, dev mode
// only) so a file sent from the story stays uploading, with its progress bar and Cancel button,
// until the user cancels it or leaves the story. The hold is global to the emulator, so leaving
// always cancels what is still uploading and releases it: other stories must not stall.
import { TimError, TimErrorCode, type TimCore, type TimMessage } from '@tim-kit/headless';
import { EMULATOR_URL, connect, rest, type StoryConnection } from './tim-story.js';
import { chatStoryLoader } from './chat-seed.js';
import { part } from './play.js';

export const UPLOAD_PEER = { id: 'sb-uploads', nick: 'Upload Demo' };
export const UPLOAD_CONVERSATION = `C2C${UPLOAD_PEER.id}`;
// Read slowly while held (one chunk per 100 ms), so the bar creeps for several seconds.
const FILE_BYTES = 8 * 1024 * 1024;

async function devUploads(action: 'hold' | 'release'): Promise<void> {
  const response = await fetch(`${EMULATOR_URL}/dev/uploads/${action}`, { method: 'POST' });
  if (!response.ok) {
    const { error } = (await response.json().catch(() => ({}))) as { error?: string };
    throw new Error(`/dev/uploads/${action} answered HTTP ${response.status}: ${error ?? ''}`);
  }
}

/** A tab closed mid-story runs no cleanup: release on the way out all the same. */
const releaseOnPageHide = (): void => {
  navigator.sendBeacon(`${EMULATOR_URL}/dev/uploads/release`);
};

let imported: Promise<unknown> | undefined;

/** The chat stories' loader plus the peer the file goes to. */
export const uploadStoryLoader = async (): Promise<{ tim: StoryConnection }> => {
  const loaded = await chatStoryLoader();
  if (!loaded.tim.core) return loaded;
  imported ??= rest('im_open_login_svc/account_import', {
    UserID: UPLOAD_PEER.id,
    Nick: UPLOAD_PEER.nick,
  }).catch(() => (imported = undefined));
  await imported;
  return loaded;
};

function uploading(core: TimCore): TimMessage[] {
  return core.messages
    .thread(UPLOAD_CONVERSATION)
    .$messages.get()
    .filter((m) => m.status === 'sending' && m.progress !== undefined);
}

/** Story beforeEach: whatever play started is cancelled and released when the story goes. */
export function releaseUploadsOnLeave(): () => Promise<void> {
  addEventListener('pagehide', releaseOnPageHide);
  return async () => {
    removeEventListener('pagehide', releaseOnPageHide);
    const { core } = await connect();
    if (core) {
      for (const m of uploading(core))
        await core.messages.cancelUpload(UPLOAD_CONVERSATION, m.id).catch(() => undefined);
    }
    await devUploads('release');
  };
}

/** Story play: holds uploads, sends a file from the story's core, waits for its Cancel button. */
export async function startHeldUpload(canvas: HTMLElement, core: TimCore): Promise<void> {
  await devUploads('hold');
  const file = new File([new Uint8Array(FILE_BYTES)], 'Design review.zip', {
    type: 'application/zip',
  });
  // Rejects with UPLOAD_CANCELLED once Cancel is pressed: the expected ending here.
  core.messages.sendFile(UPLOAD_CONVERSATION, file).catch((error: unknown) => {
    if (!(error instanceof TimError && error.code === TimErrorCode.UPLOAD_CANCELLED))
      console.warn('upload story: send failed', error);
  });
  await part(canvas, 'tim-chat', '[part="message"].sending [part="cancel-upload-button"]');
}
