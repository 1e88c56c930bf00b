// What every domain module shares: the SDK instance, the session stores that decide whether an
// action may run, and the lifecycle hooks that let login/logout/destroy reach all domains.
import { TimError, TimErrorCode } from '../errors.js';
import type { LoginStatus, TimUser } from '../auth/types.js';
import type { ThreadState } from '../messages/thread.js';
import type { ChatSDK } from '../sdk/types.js';
import { createStore, type Store } from './store.js';
import { mergeOfflinePush, type OfflinePushProvider } from './offline-push.js';

export interface CoreContext {
  readonly chat: ChatSDK;
  readonly loginTimeoutMs: number;
  isPageVisible(): boolean;
  readonly loginStatus: Store<LoginStatus>;
  readonly user: Store<TimUser | null>;
  /** A store that stops accepting writes when the core is destroyed. */
  store<T>(initial: T): Store<T>;
  isAlive(): boolean;
  /** Throws CORE_DESTROYED after destroy(). */
  assertAlive(operation: string): void;
  /** Throws CORE_DESTROYED or NOT_LOGGED_IN unless a user is logged in. */
  requireLogin(operation: string): void;
  /** The logged-in user's ID, or ''. */
  selfID(): string;
  /** Registers a function that clears per-user state (threads, conversation list). */
  onSessionReset(reset: () => void): void;
  resetSession(): void;
  /** For failures of work nobody awaits (e.g. marking read on setActive). */
  reportError(error: TimError): void;
  /** sendMessage options plus the user's offline push defaults (see provideOfflinePushInfo). */
  withOfflinePush<T>(conversationID: string, options: T): T;
  /** The notifications domain registers its push defaults here; returns an unregister function. */
  provideOfflinePushInfo(provider: OfflinePushProvider): () => void;
  /** The messages domain reports each thread it creates; the storage domain caches them. */
  threadCreated(thread: ThreadState): void;
  onThreadCreated(listener: (thread: ThreadState) => void): () => void;
  destroy(): void;
}

export interface ContextOptions {
  chat: ChatSDK;
  loginTimeoutMs: number;
  isPageVisible: () => boolean;
  onError: (error: TimError) => void;
}

export function createContext(options: ContextOptions): CoreContext {
  let alive = true;
  const isAlive = () => alive;
  const resets: Array<() => void> = [];
  const loginStatus = createStore<LoginStatus>('logged-out', isAlive);
  const user = createStore<TimUser | null>(null, isAlive);
  let pushProvider: OfflinePushProvider | null = null;
  const threadListeners = new Set<(thread: ThreadState) => void>();

  const ctx: CoreContext = {
    chat: options.chat,
    loginTimeoutMs: options.loginTimeoutMs,
    isPageVisible: options.isPageVisible,
    loginStatus,
    user,
    store: (initial) => createStore(initial, isAlive),
    isAlive,
    assertAlive(operation) {
      if (!alive) {
        throw new TimError(TimErrorCode.CORE_DESTROYED, 'the chat core was destroyed', operation);
      }
    },
    requireLogin(operation) {
      ctx.assertAlive(operation);
      if (loginStatus.get() !== 'logged-in') {
        throw new TimError(TimErrorCode.NOT_LOGGED_IN, 'not logged in', operation);
      }
    },
    // During login the user store is still empty, but the SDK already knows who is logging in.
    selfID: () => user.get()?.userID || String(options.chat.getLoginUser() ?? ''),
    onSessionReset: (reset) => void resets.push(reset),
    resetSession() {
      for (const reset of resets) reset();
    },
    reportError(error) {
      if (alive) options.onError(error);
    },
    withOfflinePush: (conversationID, sendOptions) =>
      mergeOfflinePush(pushProvider?.(conversationID), sendOptions),
    provideOfflinePushInfo(provider) {
      pushProvider = provider;
      return () => {
        if (pushProvider === provider) pushProvider = null;
      };
    },
    threadCreated(thread) {
      for (const listener of threadListeners) listener(thread);
    },
    onThreadCreated(listener) {
      threadListeners.add(listener);
      return () => void threadListeners.delete(listener);
    },
    destroy() {
      alive = false;
    },
  };
  return ctx;
}
