// createTencentIm(): the seed's tencentIm module over the headless core. `init` creates the SDK
// (with options.proxyServer, e.g. the emulator) and the core; every other operation needs it.
import { createTimCore, type TimCore } from '../core.js';
import { createChat, type CreateChatOptions } from '../sdk/create-chat.js';
import type { ChatSDK } from '../sdk/types.js';
import type { NotificationOptions } from '../notifications/types.js';
import type { StorageOptions } from '../storage/types.js';
import { loadFile } from './load-file.js';
import { eventName } from './ops-push.js';
import { ParamError, num, optBool, optNum, optStr, readParams } from './params.js';
import { toSeedErr, type OpEnv, type Runner, type SeedCallback } from './runner.js';
import { buildOperations, type SeedOperations } from './operations.js';

export interface TencentImOptions {
  /** WebSocket URL of a server speaking the SDK's protocol (the tim-kit emulator); default Tencent Cloud. */
  proxyServer?: string;
  /** How long login may take before it fails with 2801. Default 15000. */
  loginTimeoutMs?: number;
  /** Web Notifications: the constructor, focus() and localStorage to use (see the core). */
  notification?: NotificationOptions;
  /** Whether the page is visible (Web Notifications show only while it is not); see the core. */
  isPageVisible?: () => boolean;
  /** The IndexedDB factory for initStorage / getLocalMessage. */
  storage?: StorageOptions;
  /** Creates the SDK instead of createChat (e.g. to share one the app already made). */
  chatFactory?: (options: CreateChatOptions) => Promise<ChatSDK>;
}

export type TencentIm = SeedOperations & {
  init(params: unknown, callback?: SeedCallback): void;
  /** The seed's api.addEventListener({ name: 'noticeclicked' }, cb) for notification clicks. */
  addEventListener(params: unknown, callback: (ret: unknown) => void): void;
  /** The headless core behind the facade (null before init), for apps that mix both styles. */
  readonly core: TimCore | null;
  /** Destroys the core (not the SDK); every operation then needs init again. */
  destroy(): void;
  /**
   * Logs out and destroys the core and the SDK instance with the timers the SDK leaks, so a
   * Node process (a bot, a script) can exit by itself. Every operation then needs init again.
   */
  shutdown(): Promise<void>;
};

/** Seed log levels: 0 off, 2 verbose, 3 debug, 4 info, 5 warn, 6 error. */
const LOG_LEVELS = [0, 2, 3, 4, 5, 6];
/** Seed level -> the SDK's (0 verbose, 1 release, 2 warnings, 3 errors, 4 none). */
const sdkLogLevel: Record<number, 0 | 1 | 2 | 3 | 4> = { 0: 4, 2: 0, 3: 0, 4: 1, 5: 2, 6: 3 };

export const createTencentIm = (options: TencentImOptions = {}): TencentIm => {
  let core: TimCore | null = null;
  let appid: number | null = null;
  let logLevel = 2;
  let logCallback: SeedCallback | null = null;
  let initializing: Promise<TimCore> | null = null;
  const state = { groupPendencyReportedAt: 0 };

  const runner: Runner = {
    env: (): OpEnv | null => (core ? { core, loadFile, state } : null),
    log(level, tag, msg) {
      if (!logCallback || logLevel === 0 || level < logLevel) return;
      logCallback({ status: true, log: { level, tag, msg } });
    },
  };

  async function start(params: {
    appid: number;
    logLevel: number;
    logPrint: boolean;
    enableReadReceipt?: boolean;
    enableAutoReport?: boolean;
  }): Promise<TimCore> {
    const chatOptions: CreateChatOptions = {
      SDKAppID: params.appid,
      logLevel: params.logPrint ? (sdkLogLevel[params.logLevel] ?? 1) : 4,
    };
    if (options.proxyServer !== undefined) chatOptions.proxyServer = options.proxyServer;
    const chat = await (options.chatFactory ?? createChat)(chatOptions);
    const created = createTimCore({
      chat,
      ...(options.loginTimeoutMs !== undefined && { loginTimeoutMs: options.loginTimeoutMs }),
      ...(options.notification && { notification: options.notification }),
      ...(options.storage && { storage: options.storage }),
      ...(options.isPageVisible && { isPageVisible: options.isPageVisible }),
      onError: (error) =>
        runner.log(6, 'sdk', `${error.operation}: ${error.code} ${error.message}`),
    });
    const config: { enableReadReceipt?: boolean; enableAutoReport?: boolean } = {};
    if (params.enableReadReceipt !== undefined) config.enableReadReceipt = params.enableReadReceipt;
    if (params.enableAutoReport !== undefined) config.enableAutoReport = params.enableAutoReport;
    created.messages.configure(config);
    return created;
  }

  function init(raw: unknown, callback: SeedCallback = () => undefined): void {
    let parsed: Parameters<typeof start>[0];
    let listen: boolean;
    try {
      const params = readParams(raw);
      parsed = {
        appid: num(params, ['appid', 'SDKAppID'], { integer: true, min: 1 }),
        logLevel: optNum(params, 'logLevel', { oneOf: LOG_LEVELS }) ?? 2,
        logPrint: optBool(params, 'logPrint') ?? false,
      };
      const receipt = optBool(params, 'enableReadReceipt');
      if (receipt !== undefined) parsed.enableReadReceipt = receipt;
      const report = optBool(params, 'enableAutoReport');
      if (report !== undefined) parsed.enableAutoReport = report;
      listen = optBool(params, 'addLogListener') ?? false;
      // Android's log directory: the web keeps no log files.
      optStr(params, 'logPath');
      if (appid !== null && appid !== parsed.appid) {
        throw new ParamError('appid', `differs from the appid of the first init (${appid})`);
      }
    } catch (error) {
      callback({ status: false }, toSeedErr(error, 6017));
      return;
    }
    logLevel = parsed.logLevel;
    logCallback = listen ? callback : null;
    appid = parsed.appid;
    initializing ??= start(parsed);
    initializing.then(
      (created) => {
        core = created;
        callback({ status: true });
        runner.log(4, 'init', `initialized for appid ${parsed.appid}`);
      },
      (error: unknown) => {
        initializing = null;
        appid = null;
        callback({ status: false }, toSeedErr(error, 6017));
      },
    );
  }

  function addEventListener(raw: unknown, callback: (ret: unknown) => void): void {
    try {
      eventName(readParams(raw));
      if (typeof callback !== 'function') throw new ParamError('callback', 'must be a function');
    } catch (error) {
      if (typeof callback === 'function') callback({ status: false, err: toSeedErr(error, 6017) });
      return;
    }
    if (!core) {
      callback({ status: false, err: { code: 6013, msg: 'addEventListener: call init first' } });
      return;
    }
    core.notifications.onNoticeClicked((event) => callback(event));
  }

  return {
    ...buildOperations(runner),
    init,
    addEventListener,
    get core() {
      return core;
    },
    destroy() {
      core?.destroy();
      core = null;
      initializing = null;
      appid = null;
      logCallback = null;
    },
    async shutdown() {
      const current = core;
      core = null;
      initializing = null;
      appid = null;
      logCallback = null;
      // shutdown() logs out, then destroys the core and the SDK; it never rejects.
      await current?.shutdown();
    },
  };
};
