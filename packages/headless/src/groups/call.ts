// Every SDK call of the groups domain goes through here, so each failure becomes a TimError that
// names the action, and every action checks the session first.
import { toTimError } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import type { SdkResponse } from '../sdk/types.js';

export type SdkCall = <T>(operation: string, call: () => Promise<unknown>) => Promise<T>;

/**
 * The SDK itself refuses bursts of group reads (about 8 profile reads a second) with 2996
 * before anything reaches the server. That is a local, short-lived limit: waiting and trying
 * again is what an app author would do by hand, so the core does it for them.
 */
const OVER_FREQUENCY_LIMIT = 2996;
const RETRY_DELAYS_MS = [1_000, 2_000];

function codeOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

/** Runs `call` for a logged-in user and resolves with the reply's `data`. */
export function createSdkCall(ctx: CoreContext): SdkCall {
  return async <T>(operation: string, call: () => Promise<unknown>): Promise<T> => {
    ctx.requireLogin(operation);
    for (let attempt = 0; ; attempt++) {
      try {
        const reply = (await call()) as SdkResponse<T> | undefined;
        return (reply?.data ?? {}) as T;
      } catch (error) {
        const delay = RETRY_DELAYS_MS[attempt];
        if (codeOf(error) !== OVER_FREQUENCY_LIMIT || delay === undefined) {
          throw toTimError(error, operation);
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
        ctx.requireLogin(operation);
      }
    }
  };
}
