// Every SDK call of the groups domain goes through here, so each failure becomes a TimError that
// names the action, and every action checks the session first.
import { toTimError } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import type { SdkResponse } from '../sdk/types.js';

export type SdkCall = <T>(operation: string, call: () => Promise<unknown>) => Promise<T>;

/** Runs `call` for a logged-in user and resolves with the reply's `data`. */
export function createSdkCall(ctx: CoreContext): SdkCall {
  return async <T>(operation: string, call: () => Promise<unknown>): Promise<T> => {
    ctx.requireLogin(operation);
    try {
      const reply = (await call()) as SdkResponse<T> | undefined;
      return (reply?.data ?? {}) as T;
    } catch (error) {
      throw toTimError(error, operation);
    }
  };
}
