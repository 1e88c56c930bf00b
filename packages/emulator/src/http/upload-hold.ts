// A test control: while uploads are held, a media upload that passed its checks has its body read
// slowly (one chunk every 100 ms, so the client's upload progress stays below 1 for a while) and
// gets no answer until releaseUploads(): the client's request stays open for a test to cancel.
// The body is still read, because a server that stops reading never notices the client going
// away. Only HTTP uploads wait; the WebSocket keeps answering (pre_sig and every servcmd).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App } from '../app.js';

const CHUNK_INTERVAL_MS = 100;

export interface UploadHold {
  hold(): void;
  /** Lets every waiting upload finish and stops holding new ones. */
  release(): void;
  /** Uploads open right now under the hold (one whose client went away no longer counts). */
  waiting(): number;
  /** Slows the reading of `req` while uploads are held, and tracks it until it is answered. */
  watch(req: IncomingMessage, res: ServerResponse): void;
  /** After the body was read: 'go' once uploads are not held, 'gone' if the client left. */
  answerWhenReleased(res: ServerResponse): Promise<'go' | 'gone'>;
}

const holds = new WeakMap<App, UploadHold>();

export function uploadHold(app: App): UploadHold {
  let hold = holds.get(app);
  if (!hold) {
    hold = createUploadHold();
    holds.set(app, hold);
  }
  return hold;
}

function createUploadHold(): UploadHold {
  let held = false;
  const open = new Set<ServerResponse>();
  const releaseWaiters = new Set<() => void>();
  return {
    hold() {
      held = true;
    },
    release() {
      held = false;
      for (const go of [...releaseWaiters]) go();
    },
    waiting: () => open.size,
    watch(req, res) {
      if (!held) return;
      open.add(res);
      res.once('close', () => open.delete(res));
      req.on('data', () => {
        if (!held) return;
        req.pause();
        setTimeout(() => req.resume(), CHUNK_INTERVAL_MS);
      });
    },
    answerWhenReleased(res) {
      if (!held) return Promise.resolve(res.destroyed ? 'gone' : 'go');
      return new Promise((resolve) => {
        const finish = (outcome: 'go' | 'gone') => {
          releaseWaiters.delete(go);
          res.off('close', gone);
          resolve(outcome);
        };
        const go = () => finish('go');
        const gone = () => finish('gone');
        releaseWaiters.add(go);
        res.once('close', gone);
      });
    },
  };
}
