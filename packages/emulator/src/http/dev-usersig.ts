// GET /dev/usersig?userID=<id>: hands out UserSigs so a demo page can log in
// without a backend. Only with dev: true and only to loopback callers: anyone
// who can reach it can impersonate any user.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App } from '../app.js';
import { genUserSig, DEFAULT_SIG_EXPIRE } from '../usersig.js';
import { userIDProblem } from '../handlers/validate.js';
import { isLoopback, sendJson } from './json.js';

export function handleDevUserSig(
  app: App,
  dev: boolean,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): void {
  if (!dev) {
    sendJson(res, 404, {
      error: 'dev mode is off: start the emulator with --dev to get /dev/usersig',
    });
    return;
  }
  if (!isLoopback(req.socket.remoteAddress)) {
    sendJson(res, 403, { error: '/dev/usersig answers loopback callers only' });
    return;
  }
  const userID = url.searchParams.get('userID') ?? '';
  const problem = userIDProblem(userID);
  if (problem) {
    sendJson(res, 400, { error: `userID ${problem}` });
    return;
  }
  const { sdkAppID, secret } = app.config;
  app.users.ensure(userID);
  sendJson(res, 200, {
    sdkAppID,
    userID,
    userSig: genUserSig({ sdkAppID, secret, userID, expireSeconds: DEFAULT_SIG_EXPIRE }),
    expire: DEFAULT_SIG_EXPIRE,
  });
}
