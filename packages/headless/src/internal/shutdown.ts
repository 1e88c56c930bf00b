// core.shutdown(): everything an app (or a Node process) needs to be done with chat, in order.
// Log out through the core first so its stores say 'logged-out', then remove the core's SDK
// listeners, then destroy the SDK and clear the timers it leaks. Afterwards nothing of the SDK
// keeps Node's event loop alive, so a bot exits by itself.
import { TimError, TimErrorCode, toTimError } from '../errors.js';
import { DEFAULT_DESTROY_TIMEOUT_MS, destroyChat } from '../sdk/destroy-chat.js';
import type { CoreContext } from './context.js';
import { formatSeconds, withTimeout } from './timeout.js';

export interface ShutdownOptions {
  /** How long to wait for the server to confirm the logout and the SDK's own one. Default 3000. */
  timeoutMs?: number;
}

export interface ShutdownDeps {
  ctx: CoreContext;
  logout(): Promise<void>;
  destroyCore(): void;
}

/** The core's shutdown(): runs once; later calls return the same promise. It never rejects. */
export function createShutdown(deps: ShutdownDeps): (options?: ShutdownOptions) => Promise<void> {
  const { ctx } = deps;
  let running: Promise<void> | null = null;

  async function run(options: ShutdownOptions): Promise<void> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_DESTROY_TIMEOUT_MS;
    // One budget for the whole call, so a vanished server costs timeoutMs, not twice that.
    const deadline = Date.now() + timeoutMs;
    let sdkLoggedOut: Promise<unknown> = Promise.resolve();
    if (ctx.isAlive()) {
      const status = ctx.loginStatus.get();
      if (status === 'logged-in' || status === 'logging-in') {
        const loggingOut = deps.logout();
        sdkLoggedOut = loggingOut.catch(() => undefined);
        try {
          await withTimeout(loggingOut, timeoutMs, () => {
            const waited = formatSeconds(timeoutMs);
            const why = `the server did not confirm the logout within ${waited}`;
            return new TimError(TimErrorCode.NETWORK_ERROR, why, 'core.shutdown');
          });
        } catch (error) {
          // The stores already say 'logged-out'; the failure is only worth a warning.
          ctx.reportError(toTimError(error, 'core.shutdown'));
        }
      }
      deps.destroyCore();
    }
    // chat.destroy() logs out again. Two SDK logouts in flight each restart the SDK's 1 s timer
    // when they settle, one of them after its teardown, so a process with a slow or vanished
    // server would never exit: destroy only once the first logout settled, even if that is after
    // this promise resolved (the SDK gives up on an unanswered request after ~15 s).
    const destroyed = sdkLoggedOut.then(() => destroyChat(ctx.chat, { timeoutMs }));
    const left = Math.max(0, deadline - Date.now());
    await withTimeout(destroyed, left, () => new Error('SDK destroy timed out')).catch(
      () => undefined,
    );
  }

  return (options = {}) => {
    running ??= run(options);
    return running;
  };
}
