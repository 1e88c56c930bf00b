// The /dev/* endpoints hand out UserSigs and stall uploads: anyone who reaches them can
// impersonate a user or freeze the server. They answer only in dev mode and only on loopback.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLoopback, sendJson } from './json.js';

/** Answers 404 (dev mode off) or 403 (not loopback) and returns true when the caller is refused. */
export function refuseUnlessDevLoopback(
  dev: boolean,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): boolean {
  if (!dev) {
    sendJson(res, 404, {
      error: `dev mode is off: start the emulator with --dev to get ${url.pathname}`,
    });
    return true;
  }
  if (!isLoopback(req.socket.remoteAddress)) {
    sendJson(res, 403, { error: `${url.pathname} answers loopback callers only` });
    return true;
  }
  return false;
}
