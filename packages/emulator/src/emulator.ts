// startEmulator(): wires store, sessions, router and HTTP together and returns
// the handle tests and the CLI control it with.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { App } from './app.js';
import { openDb, nowSeconds } from './store/db.js';
import { createMediaStore } from './store/media.js';
import { createUserStore } from './store/users.js';
import { createTicketStore } from './store/tickets.js';
import { createMessageStore } from './store/messages.js';
import { createInboxStore } from './store/inbox.js';
import { createConversationStore } from './store/conversations.js';
import { Sessions } from './protocol/sessions.js';
import { createRelationStores } from './store/relations/index.js';
import { createGroupStores } from './store/groups/index.js';
import { createRouter } from './protocol/router.js';
import { handlers } from './handlers/index.js';
import { createHttpServer } from './http/server.js';
import { uploadHold } from './http/upload-hold.js';
import { genUserSig } from './usersig.js';

export interface EmulatorOptions {
  /** 0 = a free port (default). */
  port?: number;
  host?: string;
  /** SQLite file, or ':memory:' (default). */
  data?: string;
  sdkAppID?: number;
  /** Generated if absent; kept in `<data>.secret` when data is a file. */
  secret?: string;
  admin?: string;
  /** Enables GET /dev/usersig and POST /dev/uploads/hold|release (loopback callers only). */
  dev?: boolean;
  /** Directory of static files to serve. */
  serve?: string;
  /** Accounts to create at start, nick = capitalised ID. */
  seedUsers?: string[];
  /** Log sink; false silences; default console.error. */
  log?: ((line: string) => void) | false;
  /** 'debug' adds one line per request (servcmd, seq, caller, result code); default 'info'. */
  logLevel?: 'info' | 'debug';
  /**
   * Server clock in seconds since the epoch (default: the real clock). Message
   * times and the 2-minute revoke window use it, so a test can age a message.
   */
  now?: () => number;
}

export interface EmulatorHandle {
  url: string;
  /** What the SDK gets as proxyServer. */
  wsUrl: string;
  port: number;
  sdkAppID: number;
  secret: string;
  admin: string;
  genUserSig(userID: string, expireSeconds?: number): string;
  /** Closes sockets abruptly (all, or one user's); the SDK should reconnect. */
  dropSockets(userID?: string): void;
  /** Holds replies and pushes; resumeReplies() flushes them in order. */
  pauseReplies(): void;
  resumeReplies(): void;
  /**
   * Holds HTTP media uploads (not the WebSocket): each waits, body unread, until releaseUploads().
   * heldUploads() counts those waiting now. For tests of progress and upload cancelling.
   */
  holdUploads(): void;
  releaseUploads(): void;
  heldUploads(): number;
  /** Stops without close frames, frees the port, closes the db. */
  kill(): Promise<void>;
  /** Graceful stop. */
  close(): Promise<void>;
}

export const DEFAULT_SDK_APP_ID = 1400000001;

function resolveSecret(data: string, given: string | undefined): string {
  if (given) return given;
  if (data === ':memory:') return randomBytes(32).toString('hex');
  const file = `${data}.secret`;
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export async function startEmulator(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  const data = options.data ?? ':memory:';
  const host = options.host ?? '127.0.0.1';
  const sdkAppID = options.sdkAppID ?? DEFAULT_SDK_APP_ID;
  const admin = options.admin ?? 'administrator';
  const secret = resolveSecret(data, options.secret);
  const log = options.log === false ? () => {} : (options.log ?? ((l: string) => console.error(l)));

  const db = openDb(data);
  const messages = createMessageStore(db);
  const app: App = {
    config: { sdkAppID, secret, admin },
    db,
    users: createUserStore(db),
    tickets: createTicketStore(db),
    messages,
    inbox: createInboxStore(db),
    conversations: createConversationStore(db, messages),
    sessions: new Sessions(),
    relations: createRelationStores(db),
    groups: createGroupStores(db),
    log,
    now: options.now ?? nowSeconds,
    media: createMediaStore(data, secret),
    ...(options.logLevel === 'debug' ? { debug: log } : {}),
  };
  app.users.ensure(admin);
  for (const id of options.seedUsers ?? [])
    app.users.ensure(id, { Tag_Profile_IM_Nick: capitalise(id) });

  const route = createRouter(app, handlers);
  const { server, wss } = createHttpServer(app, {
    dev: options.dev ?? false,
    serve: options.serve,
    route,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  // Media URLs point at this server: loopback when bound to every interface.
  const mediaHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : shownHost;
  app.media.baseUrl = `http://${mediaHost}:${port}`;

  let stopped = false;
  const stop = async (graceful: boolean): Promise<void> => {
    if (stopped) return;
    stopped = true;
    app.sessions.resume();
    uploadHold(app).release();
    for (const s of app.sessions.list()) {
      if (graceful) s.ws.close(1001, 'emulator shutting down');
      else s.ws.terminate();
    }
    await new Promise<void>((resolve) => {
      wss.close(() => resolve());
    });
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      if (!graceful) server.closeAllConnections();
      else server.closeIdleConnections();
    });
    for (const s of app.sessions.list()) s.ws.terminate();
    db.close();
  };

  return {
    url: `http://${shownHost}:${port}`,
    wsUrl: `ws://${shownHost}:${port}`,
    port,
    sdkAppID,
    secret,
    admin,
    genUserSig: (userID, expireSeconds) => genUserSig({ sdkAppID, secret, userID, expireSeconds }),
    dropSockets(userID) {
      for (const s of app.sessions.list()) {
        if (userID === undefined || s.userID === userID) s.ws.terminate();
      }
    },
    pauseReplies: () => app.sessions.pause(),
    resumeReplies: () => app.sessions.resume(),
    holdUploads: () => uploadHold(app).hold(),
    releaseUploads: () => uploadHold(app).release(),
    heldUploads: () => uploadHold(app).waiting(),
    kill: () => stop(false),
    close: () => stop(true),
  };
}
