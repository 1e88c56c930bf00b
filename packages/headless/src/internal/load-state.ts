// Whether a domain's list has arrived for this session. Its store starts empty, so without this
// an app cannot tell "no friends" from "not fetched yet" while the SDK signs in and syncs.
import type { ReadableAtom } from 'nanostores';
import type { CoreContext } from './context.js';

/**
 * `'pending'`: the first list of this session has not arrived (also while logged out);
 * `'loaded'`: it arrived (the store holds it, even when empty); `'failed'`: fetching it failed.
 */
export type TimLoadState = 'pending' | 'loaded' | 'failed';

export interface LoadState {
  readonly $: ReadableAtom<TimLoadState>;
  loaded(): void;
  /** Marks the first fetch failed; a later failure after a success changes nothing shown. */
  failed(): void;
}

export function createLoadState(ctx: CoreContext): LoadState {
  const state = ctx.store<TimLoadState>('pending');
  ctx.onSessionReset(() => state.set('pending'));
  return {
    $: state.$,
    loaded() {
      if (state.get() !== 'loaded') state.set('loaded');
    },
    failed() {
      if (state.get() !== 'loaded') state.set('failed');
    },
  };
}
