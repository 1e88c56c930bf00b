// Drives the real, unmodified @tencentcloud/chat 3.6.6 SDK in Node against an
// in-process emulator. Each client imports its own copy of the SDK modules
// (distinct query string) because create() caches one instance per SDKAppID
// per module instance; two users in one realm need two copies.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type TencentCloudChatType from '@tencentcloud/chat';
import type { EmulatorHandle } from '@tim-kit/emulator';

type ChatStatic = typeof TencentCloudChatType;
export type Chat = ReturnType<ChatStatic['create']>;

export interface SdkEvent {
  name: string;
  data: unknown;
}

export interface SdkClientOptions {
  /** Defaults to a fresh valid UserSig from the emulator. */
  userSig?: string;
  /** SDK log level; default 4 (errors only... quiet). */
  logLevel?: number;
  /** Default SDKAppID of the emulator. */
  sdkAppID?: number;
  /**
   * 'umd' loads index.js (every module built in). With the ESM core plus
   * modules/*.js, a group-module call that the server refuses rejects with
   * 2903 instead of the server's code (the module's `instanceof` check sees
   * the core's error class as foreign), so tests of group error codes use 'umd'.
   */
  bundle?: 'esm' | 'umd';
}

export interface SdkClient {
  chat: Chat;
  TencentCloudChat: ChatStatic;
  userID: string;
  /** Logs in and resolves once SDK_READY fired. */
  login(): Promise<void>;
  /** The next event of that name (after this call) matching the predicate. */
  next<T = unknown>(
    eventName: string,
    predicate?: (data: T) => boolean,
    timeoutMs?: number,
  ): Promise<T>;
  /** Events seen so far, oldest first. */
  events: SdkEvent[];
  destroy(): Promise<void>;
}

const require = createRequire(import.meta.url);
// The repo root resolves an older ws (7.x, pulled in by tooling); use the
// emulator's own ws 8 so client and server run the same version.
const requireFromEmulator = createRequire(
  new URL('../../../packages/emulator/package.json', import.meta.url),
);
let copies = 0;

function installWebSocket(): void {
  // Node 20 has no global WebSocket; the SDK looks for one when create() runs. As in headless'
  // createChat: the SDK drops its listeners before closing a socket that is still connecting
  // (destroy() while it reconnects), and ws would then throw "WebSocket was closed before the
  // connection was established" as an uncaught exception; one no-op listener keeps that quiet.
  const g = globalThis as { WebSocket?: unknown };
  if (g.WebSocket !== undefined) return;
  const Base = (requireFromEmulator('ws') as { WebSocket: new (...args: never[]) => object })
    .WebSocket;
  g.WebSocket = class extends Base {
    constructor(...args: never[]) {
      super(...args);
      (this as unknown as { on(event: string, listener: () => void): void }).on('error', () => {});
    }
  };
}

function requireUmdCopy(): { TencentCloudChat: ChatStatic; modules: Record<string, unknown> } {
  // A fresh copy per client: create() caches one instance per module instance.
  const path = require.resolve('@tencentcloud/chat/index.js');
  delete require.cache[path];
  return { TencentCloudChat: require(path) as ChatStatic, modules: {} };
}

async function importCopy(
  userID: string,
): Promise<{ TencentCloudChat: ChatStatic; modules: Record<string, unknown> }> {
  copies += 1;
  const query = `?user=${encodeURIComponent(userID)}&copy=${copies}`;
  const url = (spec: string): string => pathToFileURL(require.resolve(spec)).href + query;
  const core = (await import(url('@tencentcloud/chat/index.es.js'))) as { default: ChatStatic };
  const group = (await import(url('@tencentcloud/chat/modules/group-module.js'))) as {
    default: unknown;
  };
  const rel = (await import(url('@tencentcloud/chat/modules/relationship-module.js'))) as {
    default: unknown;
  };
  return {
    TencentCloudChat: core.default,
    modules: { 'group-module': group.default, 'relationship-module': rel.default },
  };
}

export async function createSdkClient(
  emu: EmulatorHandle,
  userID: string,
  opts: SdkClientOptions = {},
): Promise<SdkClient> {
  installWebSocket();
  const { TencentCloudChat, modules } =
    opts.bundle === 'umd' ? requireUmdCopy() : await importCopy(userID);
  // The SDK's constructor starts a 1 s setInterval that it clears only once it
  // sees itself logged in, and destroy() does not clear it: a client destroyed
  // early keeps Node alive forever. Record intervals made during create() so
  // destroy() can clear them.
  const createdIntervals: ReturnType<typeof setInterval>[] = [];
  const realSetInterval = globalThis.setInterval;
  globalThis.setInterval = ((...args: Parameters<typeof setInterval>) => {
    const t = realSetInterval(...args);
    createdIntervals.push(t);
    return t;
  }) as typeof setInterval;
  // create() and destroy() print a few lines before setLogLevel can apply.
  const quiet = (opts.logLevel ?? 4) > 0;
  const realLog = console.log;
  if (quiet) console.log = () => {};
  let chat: Chat;
  try {
    // `modules` is a real create() option that the .d.ts does not list.
    chat = TencentCloudChat.create({
      SDKAppID: opts.sdkAppID ?? emu.sdkAppID,
      proxyServer: emu.wsUrl,
      modules,
    } as Parameters<ChatStatic['create']>[0]);
  } finally {
    globalThis.setInterval = realSetInterval;
    console.log = realLog;
  }
  chat.setLogLevel(opts.logLevel ?? 4);

  const events: SdkEvent[] = [];
  const waiters = new Set<{
    name: string;
    test: (d: unknown) => boolean;
    resolve: (d: unknown) => void;
  }>();
  const names = Object.values(TencentCloudChat.EVENT as Record<string, string>);
  const listeners: [string, (e: { data: unknown }) => void][] = names.map((name) => [
    name,
    (e: { data: unknown }) => {
      events.push({ name, data: e.data });
      for (const w of [...waiters]) {
        if (w.name === name && w.test(e.data)) {
          waiters.delete(w);
          w.resolve(e.data);
        }
      }
    },
  ]);
  for (const [name, fn] of listeners) chat.on(name, fn);

  const next = <T = unknown>(
    name: string,
    predicate?: (d: T) => boolean,
    timeoutMs = 5000,
  ): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const w = {
        name,
        test: (d: unknown) => (predicate ? predicate(d as T) : true),
        resolve: (d: unknown) => {
          clearTimeout(timer);
          resolve(d as T);
        },
      };
      const timer = setTimeout(() => {
        waiters.delete(w);
        reject(new Error(`${userID}: no ${name} within ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.add(w);
    });

  let destroyed = false;
  return {
    chat,
    TencentCloudChat,
    userID,
    events,
    next,
    async login() {
      const ready = next(TencentCloudChat.EVENT.SDK_READY, undefined, 10000);
      await chat.login({ userID, userSig: opts.userSig ?? emu.genUserSig(userID) });
      await ready;
    },
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      for (const [name, fn] of listeners) chat.off(name, fn);
      // destroy() logs out over the socket; when the server is gone that would
      // wait for a reply that never comes, so cap it.
      if (quiet) console.log = () => {};
      // Destroying while the SDK is mid-reconnect makes ws abort a handshake
      // after the SDK removed its error listener; ws then throws this exact
      // error asynchronously. Swallow only that one, briefly.
      const abortNoise = (e: Error): void => {
        if (e.message !== 'WebSocket was closed before the connection was established') throw e;
      };
      process.on('uncaughtException', abortNoise);
      setTimeout(() => process.off('uncaughtException', abortNoise), 200).unref();
      await Promise.race([
        chat.destroy().catch(() => undefined),
        new Promise((r) => setTimeout(r, 1500).unref()),
      ]);
      console.log = realLog;
      for (const t of createdIntervals) clearInterval(t);
    },
  };
}

/**
 * The SDK's automatic re-login after a reconnect has no catch: when the server
 * refuses it (e.g. after a kick) Node sees an unhandled rejection. Tests that
 * provoke that call this; it swallows only rejections that carry an SDK/emulator
 * numeric code and returns a function that removes the guard.
 */
export function guardSdkRejections(): () => void {
  const handler = (reason: unknown): void => {
    if (
      typeof reason === 'object' &&
      reason !== null &&
      typeof (reason as { code?: unknown }).code === 'number'
    )
      return;
    throw reason;
  };
  process.on('unhandledRejection', handler);
  return () => process.off('unhandledRejection', handler);
}

export const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
