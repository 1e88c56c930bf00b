// Creating the SDK is async on purpose: the SDK touches globals as soon as it loads, so it is only
// imported when an app asks for an instance, never when @tim-kit/headless itself is imported.
import { TimError, TimErrorCode } from '../errors.js';
import { cancellableUploadPlugin } from './cancellable-upload.js';
import { createRecordingTimers } from './leaked-timers.js';
import { shareGroupModuleErrors } from './module-errors.js';
import {
  setSdkConsoleLevel,
  withQuietSdkConsole,
  withQuietSdkConsoleSync,
} from './quiet-console.js';
import type { ChatSDK } from './types.js';
import { ensureWebSocket, type WebSocketConstructor } from './websocket.js';

export interface CreateChatOptions {
  SDKAppID: number;
  /** WebSocket URL of a server that speaks the SDK's protocol, e.g. the tim-kit emulator. */
  proxyServer?: string;
  /** SDK log level: 0 verbose, 1 release (default), 2 warnings, 3 errors, 4 none. */
  logLevel?: 0 | 1 | 2 | 3 | 4;
  /**
   * Installed as `globalThis.WebSocket` when there is none (Node 20), e.g. `WebSocket` from the
   * `ws` package. Without any WebSocket, createChat rejects with WEBSOCKET_UNAVAILABLE.
   */
  WebSocket?: WebSocketConstructor;
}

/**
 * Loads the SDK's ESM core build with the group and relationship modules, registers the upload
 * plugin (the SDK refuses media messages without it), and creates the instance.
 * The SDK caches one instance per SDKAppID: a second call returns the same object.
 */
export async function createChat(options: CreateChatOptions): Promise<ChatSDK> {
  // Before loading anything: without a WebSocket the SDK would only fail later, inside login.
  ensureWebSocket(options.WebSocket);
  // The SDK's loggers take `console` when their files are evaluated (see quiet-console.ts).
  setSdkConsoleLevel(options.logLevel ?? 1);
  const [sdk, groupModule, relationshipModule, uploadModule] = await withQuietSdkConsole(() =>
    Promise.all([
      import('@tencentcloud/chat/index.es.js'),
      import('@tencentcloud/chat/modules/group-module.js'),
      import('@tencentcloud/chat/modules/relationship-module.js'),
      import('tim-upload-plugin'),
    ]),
  );
  const TencentCloudChat = sdk.default;
  // `modules` is a real create() option that the SDK's typings leave out.
  const createOptions: Parameters<typeof TencentCloudChat.create>[0] & {
    modules: Record<string, unknown>;
  } = {
    SDKAppID: options.SDKAppID,
    modules: {
      'group-module': groupModule.default,
      'relationship-module': relationshipModule.default,
    },
  };
  if (options.proxyServer !== undefined) createOptions.proxyServer = options.proxyServer;
  // Records the timers create() starts, so destroyChat() / core.shutdown() can clear the one the
  // SDK itself never clears (see leaked-timers.ts).
  const chat = createRecordingTimers(() => TencentCloudChat.create(createOptions));
  chat.setLogLevel(options.logLevel ?? 1);
  // Wrapped so messages.cancelUpload can abort an upload in flight (see cancellable-upload.ts).
  const Plugin = cancellableUploadPlugin(quietConstruction(uploadPlugin(uploadModule)), chat);
  chat.registerPlugin({ 'tim-upload-plugin': Plugin });
  // Without this, every group error the server answers reaches the app as 2903 (see the file).
  await shareGroupModuleErrors(chat);
  return chat;
}

/**
 * tim-upload-plugin is a UMD bundle. Bundlers and Node hand us `module.exports` as the default
 * export; a browser loading the file as a plain ES module gets no exports at all, but the UMD
 * wrapper then assigns `self.TIMUploadPlugin`.
 */
function uploadPlugin(module: { default?: unknown }): unknown {
  const fromModule = module.default;
  if (fromModule) return fromModule;
  const fromGlobal = (globalThis as { TIMUploadPlugin?: unknown }).TIMUploadPlugin;
  if (fromGlobal) return fromGlobal;
  throw new TimError(
    TimErrorCode.UPLOAD_PLUGIN_MISSING,
    'createChat: tim-upload-plugin loaded but exposed no plugin class',
    'createChat',
  );
}

/**
 * The upload plugin prints its version with console.log each time the SDK constructs it; this
 * constructs the real class under the filtered console. `new` on the returned function yields
 * the plugin's own instance (a constructor that returns an object hands back that object).
 */
function quietConstruction(Plugin: unknown): unknown {
  if (typeof Plugin !== 'function') return Plugin;
  const Real = Plugin as new (...args: unknown[]) => object;
  return function QuietUploadPlugin(...args: unknown[]): object {
    return withQuietSdkConsoleSync(() => new Real(...args));
  };
}
