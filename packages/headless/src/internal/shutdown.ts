// core.shutdown(): everything an app (or a Node process) needs to be done with chat, in order.
// Log out through the core first so its stores say 'logged-out', then remove the core's SDK
// listeners, then destroy the SDK and clear the timers it leaks. Afterwards nothing of the SDK
// keeps Node's event loop alive, so a bot exits by itself.
import { toTimError } from '../errors.js';
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
    if (ctx.isAlive()) {
      const status = ctx.loginStatus.get();
      if (status === 'logged-in' || status === 'logging-in') {
        try {
          await withTimeout(deps.logout(), timeoutMs, () => {
            return new Error(
              `the server did not confirm the logout within ${formatSeconds(timeoutMs)}`,
            );
          });
        } catch (error) {
          // The stores already say 'logged-out'; the failure is only worth a warning.
          ctx.reportError(toTimError(error, 'core.shutdown'));
        }
      }
      deps.destroyCore();
    }
    await destroyChat(ctx.chat, { timeoutMs });
  }

  return (options = {}) => {
    running ??= run(options);
    return running;
  };
}
