// servcmd -> handler. Handlers live one per file under src/handlers/<service>/
// named after the command; src/handlers/index.ts lists them all.
import type { App } from '../app.js';
import type { RequestFrame, RequestHead } from './frame.js';
import type { Session } from './sessions.js';
import { ErrorCode, EmulatorError, isEmulatorError } from './errors.js';
import { verifyUserSig } from '../usersig.js';
import { ticketExpired } from '../store/tickets.js';

export interface HandlerContext {
  app: App;
  session: Session;
  head: RequestHead;
  body: Record<string, unknown>;
  /** The caller, resolved from a2 (or identifier + usersig); '' for auth: 'none'. */
  userID: string;
}

export type ReplyFields = Record<string, unknown>;

export interface Handler {
  /** 'none': login, heartbeat and telemetry; everything else needs a known caller. */
  auth: 'none' | 'user';
  /** im_sdk_config_mgr answers with int32_error_code / str_error_message. */
  style?: 'standard' | 'config';
  handle(ctx: HandlerContext): ReplyFields | Promise<ReplyFields>;
}

export type HandlerTable = Record<string, Handler>;

function resolveCaller(app: App, head: RequestHead): string {
  if (typeof head.a2 === 'string' && head.a2 !== '') {
    const t = app.tickets.find(head.a2);
    if (!t) throw new EmulatorError(ErrorCode.TICKET_INVALID, 'A2 ticket unknown: log in again');
    // The SDK answers 70001 with KICKED_OUT (userSigExpired), as with Tencent.
    // Logging out still works: leaving needs no valid sig.
    if (head.servcmd !== 'im_open_status.wslogout' && ticketExpired(t, app.now()))
      throw new EmulatorError(ErrorCode.USERSIG_EXPIRED, 'UserSig expired: log in again');
    return t.userID;
  }
  if (typeof head.identifier === 'string' && typeof head.usersig === 'string') {
    const r = verifyUserSig({
      sdkAppID: app.config.sdkAppID,
      secret: app.config.secret,
      userSig: head.usersig,
      userID: head.identifier,
    });
    if (!r.ok) throw new EmulatorError(r.code, r.message);
    return head.identifier;
  }
  throw new EmulatorError(
    ErrorCode.MISSING_AUTH,
    'request carries neither a2 nor identifier + usersig',
  );
}

export function errorBody(style: 'standard' | 'config', code: number, info: string): ReplyFields {
  return style === 'config'
    ? { int32_error_code: code, str_error_message: info }
    : { ActionStatus: 'FAIL', ErrorCode: code, ErrorInfo: info };
}

function okBody(style: 'standard' | 'config', fields: ReplyFields): ReplyFields {
  return style === 'config'
    ? { int32_error_code: 0, str_error_message: '', ...fields }
    : { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', ...fields };
}

export function createRouter(app: App, table: HandlerTable) {
  const warned = new Set<string>();
  return async function route(session: Session, frame: RequestFrame): Promise<void> {
    const { head, body } = frame;
    const started = Date.now();
    const replyHead = {
      servcmd: head.servcmd,
      seq: head.seq,
      reqtime: Math.floor(Date.now() / 1000),
    };
    const handler = Object.hasOwn(table, head.servcmd) ? table[head.servcmd] : undefined;
    if (!handler) {
      // One line per command name, so an unimplemented feature shows up once in the log.
      if (!warned.has(head.servcmd)) {
        warned.add(head.servcmd);
        app.log(`tim-emulator: unsupported servcmd ${head.servcmd}`);
      }
      const style = head.servcmd.startsWith('im_sdk_config_mgr.') ? 'config' : 'standard';
      app.sessions.send(session, {
        head: replyHead,
        body: errorBody(
          style,
          ErrorCode.UNSUPPORTED_COMMAND,
          `unsupported command ${head.servcmd}`,
        ),
      });
      debugLine(app, head, { ErrorCode: ErrorCode.UNSUPPORTED_COMMAND }, started);
      return;
    }
    const style = handler.style ?? 'standard';
    let reply: ReplyFields;
    try {
      const userID = handler.auth === 'user' ? resolveCaller(app, head) : '';
      reply = okBody(style, await handler.handle({ app, session, head, body, userID }));
    } catch (e) {
      if (isEmulatorError(e)) reply = { ...e.fields, ...errorBody(style, e.code, e.message) };
      else {
        app.log(
          `tim-emulator: ${head.servcmd} failed: ${e instanceof Error ? e.stack : String(e)}`,
        );
        reply = errorBody(style, ErrorCode.BAD_REQUEST, `internal error in ${head.servcmd}`);
      }
    }
    app.sessions.send(session, { head: replyHead, body: reply });
    debugLine(app, head, reply, started);
  };
}

/** One line per request at debug level: what was asked, by whom, and the answer's code. */
function debugLine(app: App, head: RequestHead, reply: ReplyFields, started: number): void {
  if (!app.debug) return;
  const code = reply.ErrorCode ?? reply.int32_error_code ?? 0;
  const who =
    typeof head.a2 === 'string' && head.a2 !== ''
      ? (app.tickets.find(head.a2)?.userID ?? 'unknown-a2')
      : typeof head.identifier === 'string'
        ? head.identifier
        : '-';
  app.debug(
    `tim-emulator: debug ${head.servcmd} seq=${head.seq} caller=${who} code=${String(code)} ${Date.now() - started}ms`,
  );
}
