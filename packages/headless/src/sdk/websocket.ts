// The SDK opens its connection with `new WebSocket(url)` on the global object, read when it
// connects. Browsers and Node 22+ have one; Node 20 does not, and the SDK would then fail deep
// inside login with an unhelpful ReferenceError. createChat checks first and says what to do.
import { TimError, TimErrorCode } from '../errors.js';

/** A WebSocket class, e.g. `WebSocket` from the `ws` package (8.x). */
export type WebSocketConstructor = new (url: string) => unknown;

/**
 * Installs `provided` as `globalThis.WebSocket` when the environment has none, then checks that a
 * WebSocket exists. A global WebSocket that is already there (browsers, Node 22+) is kept.
 */
export function ensureWebSocket(provided: WebSocketConstructor | undefined): void {
  const scope = globalThis as { WebSocket?: unknown };
  if (provided !== undefined && typeof provided !== 'function') {
    throw new TimError(
      TimErrorCode.INVALID_ARGUMENT,
      'createChat: options.WebSocket must be a WebSocket class, e.g. WebSocket from the ws package',
      'createChat',
    );
  }
  if (typeof scope.WebSocket !== 'function' && provided) scope.WebSocket = quietOnAbort(provided);
  if (typeof scope.WebSocket === 'function') return;
  throw new TimError(
    TimErrorCode.WEBSOCKET_UNAVAILABLE,
    'createChat: this environment has no global WebSocket (Node 20). Install the ws package ' +
      "(npm install ws) and pass it: createChat({ ..., WebSocket }) with `import { WebSocket } from 'ws'`, " +
      'or set globalThis.WebSocket before calling createChat',
    'createChat',
  );
}

/**
 * ws (Node) throws an 'error' event nobody listens to. The SDK drops its listeners before closing a
 * socket that is still connecting (chat.destroy() while it reconnects to a server that is gone),
 * and ws then reports "WebSocket was closed before the connection was established" as an uncaught
 * exception that ends the process. One listener that ignores errors keeps that close quiet; the
 * SDK's own handlers still see every error while they are attached.
 */
function quietOnAbort(Base: WebSocketConstructor): WebSocketConstructor {
  const BaseClass = Base as unknown as new (...args: unknown[]) => object;
  return class extends BaseClass {
    constructor(...args: unknown[]) {
      super(...args);
      const emitter = this as { on?: (event: string, listener: () => void) => unknown };
      if (typeof emitter.on === 'function') emitter.on('error', () => undefined);
    }
  } as unknown as WebSocketConstructor;
}
