// POST /dev/uploads/hold and POST /dev/uploads/release: the holdUploads() / releaseUploads()
// test control over HTTP, for pages that only reach the emulator through the network
// (Storybook's upload-in-progress story). Guarded like /dev/usersig: dev mode and loopback
// callers only, since a hold stalls every client's uploads.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App } from '../app.js';
import { sendJson } from './json.js';
import { refuseUnlessDevLoopback } from './dev-guard.js';
import { uploadHold } from './upload-hold.js';

export const DEV_UPLOADS_PREFIX = '/dev/uploads/';

export function handleDevUploads(
  app: App,
  dev: boolean,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): void {
  if (refuseUnlessDevLoopback(dev, req, res, url)) return;
  const action = url.pathname.slice(DEV_UPLOADS_PREFIX.length);
  if (action !== 'hold' && action !== 'release') {
    sendJson(res, 404, { error: 'dev upload controls are /dev/uploads/hold and /release' });
    return;
  }
  if (req.method !== 'POST') {
    sendJson(res, 405, { error: `${url.pathname} takes POST` });
    return;
  }
  req.resume(); // no body is read; drain whatever was sent
  const hold = uploadHold(app);
  // Counted before releasing: released uploads leave the count only once answered.
  const waiting = hold.waiting();
  if (action === 'hold') {
    hold.hold();
    sendJson(res, 200, { held: true, waiting });
  } else {
    hold.release();
    sendJson(res, 200, { held: false, released: waiting });
  }
}
