// The blocklist. The SDK keeps it (fetched at login) and answers adds and removes with the new
// list; the store follows those answers and BLACKLIST_UPDATED.
import { TimError, TimErrorCode, toTimError } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import { createLoadState } from '../internal/load-state.js';
import { validateUserIDs } from '../internal/user-ids.js';
import type { SdkEventHandlers } from '../sdk/events.js';
import { SdkEvent, type SdkResponse } from '../sdk/types.js';
import type { TimBlacklist } from './types.js';

/** Tencent's limit on blocked users per account. */
export const MAX_BLACKLIST = 1000;

export function createBlacklist(ctx: CoreContext): {
  api: TimBlacklist;
  handlers: SdkEventHandlers;
} {
  const blacklist = ctx.store<readonly string[]>([]);
  ctx.onSessionReset(() => blacklist.set([]));
  const loadState = createLoadState(ctx);

  function apply(data: unknown): void {
    if (!Array.isArray(data)) return;
    const next = data.filter((id): id is string => typeof id === 'string');
    loadState.loaded();
    const current = blacklist.get();
    if (next.length !== current.length || next.some((id, i) => id !== current[i])) {
      blacklist.set(next);
    }
  }

  async function load(): Promise<void> {
    // The SDK announces its lists while it syncs, before it is ready to be asked; SDK_READY reloads.
    if (!ctx.chat.isReady()) return;
    const { data } = (await ctx.chat.getBlacklist()) as SdkResponse<string[]>;
    apply(data);
  }

  async function add(userIDs: readonly string[]): Promise<void> {
    const op = 'blacklist.add';
    ctx.assertAlive(op);
    // No per-call cap: the total check below reports an oversized list with Tencent's 30013.
    const ids = validateUserIDs(userIDs, op, { max: Number.MAX_SAFE_INTEGER });
    ctx.requireLogin(op);
    // The SDK refuses a list of only yourself and silently drops you from a longer one.
    if (ids.includes(ctx.selfID())) {
      throw new TimError(TimErrorCode.CANNOT_BLOCK_SELF, 'you cannot block yourself', op);
    }
    const current = new Set(blacklist.get());
    const added = ids.filter((id) => !current.has(id)).length;
    if (current.size + added > MAX_BLACKLIST) {
      throw new TimError(
        TimErrorCode.BLACKLIST_LIMIT,
        `blocking ${added} more would exceed ${MAX_BLACKLIST} blocked users (you have ${current.size})`,
        op,
      );
    }
    try {
      apply(((await ctx.chat.addToBlacklist({ userIDList: ids })) as SdkResponse<unknown>).data);
    } catch (error) {
      throw toTimError(error, op);
    }
  }

  async function remove(userIDs: readonly string[]): Promise<void> {
    const op = 'blacklist.remove';
    ctx.assertAlive(op);
    const ids = validateUserIDs(userIDs, op, { max: MAX_BLACKLIST });
    ctx.requireLogin(op);
    try {
      const reply = await ctx.chat.removeFromBlacklist({ userIDList: ids });
      apply((reply as SdkResponse<unknown>).data);
    } catch (error) {
      throw toTimError(error, op);
    }
  }

  const handlers: SdkEventHandlers = {
    [SdkEvent.BLACKLIST_UPDATED]: (event) => apply(event.data),
    [SdkEvent.SDK_READY]: () => {
      load().catch((error: unknown) => {
        loadState.failed();
        ctx.reportError(toTimError(error, 'blacklist'));
      });
    },
  };

  return { api: { $blacklist: blacklist.$, $loadState: loadState.$, add, remove }, handlers };
}
