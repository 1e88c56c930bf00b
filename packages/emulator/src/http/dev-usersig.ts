// GET /dev/usersig?userID=<id>: hands out UserSigs so a demo page can log in
// without a backend. Only with dev: true and only to loopback callers: anyone
// who can reach it can impersonate any user.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App } from '../app.js';
import { genUserSig, DEFAULT_SIG_EXPIRE } from '../usersig.js';
import { userIDProblem } from '../handlers/validate.js';
import { sendJson } from './json.js';
import { refuseUnlessDevLoopback } from './dev-guard.js';

export function handleDevUserSig(
  app: App,
  dev: boolean,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): void {
  if (refuseUnlessDevLoopback(dev, req, res, url)) return;
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
