// Server REST API under /v4/<service>/<command>, as Tencent's: query string
// sdkappid, identifier (must be the admin), usersig (the admin's), random,
// contenttype=json; JSON body; answers {ActionStatus, ErrorCode, ErrorInfo, ...}
// with HTTP 200. Bad input is an ErrorCode, never a crash.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App } from '../../app.js';
import { EmulatorError, ErrorCode, isEmulatorError } from '../../protocol/errors.js';
import { verifyUserSig } from '../../usersig.js';
import { readBody, sendJson } from '../json.js';
import { accountImport, multiAccountImport } from './account-import.js';
import { restSendMsg } from './sendmsg.js';
import { restPortraitGet, restPortraitSet } from './portrait.js';
import {
  restAddGroupMember,
  restCreateGroup,
  restDeleteGroupMember,
  restGetGroupInfo,
  restSendGroupMsg,
} from './groups.js';
import { restFriendAdd, restFriendDelete, restFriendGet } from './sns.js';

export type RestHandler = (app: App, body: Record<string, unknown>) => Record<string, unknown>;

const ROUTES: Record<string, RestHandler> = {
  'group_open_http_svc/create_group': restCreateGroup,
  'group_open_http_svc/add_group_member': restAddGroupMember,
  'group_open_http_svc/delete_group_member': restDeleteGroupMember,
  'group_open_http_svc/send_group_msg': restSendGroupMsg,
  'group_open_http_svc/get_group_info': restGetGroupInfo,
  'im_open_login_svc/account_import': accountImport,
  'im_open_login_svc/multiaccount_import': multiAccountImport,
  'openim/sendmsg': restSendMsg,
  'profile/portrait_set': restPortraitSet,
  'profile/portrait_get': restPortraitGet,
  'sns/friend_add': restFriendAdd,
  'sns/friend_delete': restFriendDelete,
  'sns/friend_get': restFriendGet,
};

function authenticate(app: App, url: URL): void {
  const q = url.searchParams;
  const sdkappid = q.get('sdkappid');
  const identifier = q.get('identifier');
  const usersig = q.get('usersig');
  if (!sdkappid || !identifier || !usersig)
    throw new EmulatorError(ErrorCode.MISSING_AUTH, 'query needs sdkappid, identifier and usersig');
  if (Number(sdkappid) !== app.config.sdkAppID)
    throw new EmulatorError(
      ErrorCode.BAD_SDKAPPID,
      `sdkappid ${sdkappid} is not this emulator's (${app.config.sdkAppID})`,
    );
  if (identifier !== app.config.admin)
    throw new EmulatorError(
      ErrorCode.REST_ADMIN_REQUIRED,
      `the REST API needs the app admin identifier ("${app.config.admin}")`,
    );
  const r = verifyUserSig({
    sdkAppID: app.config.sdkAppID,
    secret: app.config.secret,
    userSig: usersig,
    userID: identifier,
  });
  if (!r.ok) throw new EmulatorError(r.code, r.message);
}

export async function handleRest(
  app: App,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const fail = (code: number, info: string): void =>
    sendJson(res, 200, { ActionStatus: 'FAIL', ErrorCode: code, ErrorInfo: info });
  const route = url.pathname.replace(/^\/v4\//, '');
  const handler = Object.hasOwn(ROUTES, route) ? ROUTES[route] : undefined;
  try {
    if (req.method !== 'POST')
      return fail(ErrorCode.BAD_ENVELOPE, 'REST calls are POST with a JSON body');
    if (!handler) {
      app.log(`tim-emulator: unsupported REST endpoint /v4/${route}`);
      return fail(ErrorCode.UNSUPPORTED_COMMAND, `unsupported REST endpoint /v4/${route}`);
    }
    authenticate(app, url);
    let body: unknown;
    try {
      const text = await readBody(req);
      body = text.trim() === '' ? {} : JSON.parse(text);
    } catch (e) {
      return fail(
        ErrorCode.REST_JSON_PARSE,
        `request body is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return fail(ErrorCode.REST_JSON_PARSE, 'request body must be a JSON object');
    const out = handler(app, body as Record<string, unknown>);
    sendJson(res, 200, { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', ...out });
  } catch (e) {
    if (isEmulatorError(e)) return fail(e.code, e.message);
    app.log(`tim-emulator: REST /v4/${route} failed: ${e instanceof Error ? e.stack : String(e)}`);
    return fail(ErrorCode.BAD_REQUEST, 'internal error');
  }
}
