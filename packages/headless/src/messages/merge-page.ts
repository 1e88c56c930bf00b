// Merges a history page into the entries a thread already shows. Pages are older than what is
// shown in the common case (simply prepended), but a page that was loading while pushes arrived
// can hold messages newer than some of those pushes; a merge by time keeps the thread ordered.
import type { SdkMessage } from '../sdk/types.js';
import type { TimMessage } from './types.js';

interface Ordered {
  time: number;
  sequence: number;
}

function orderOf(entry: TimMessage, sdkById: ReadonlyMap<string, SdkMessage>): Ordered {
  const sequence = (sdkById.get(entry.id) as { sequence?: unknown } | undefined)?.sequence;
  return { time: entry.time, sequence: typeof sequence === 'number' ? sequence : 0 };
}

/** True when `a` belongs after `b`: later time, or (groups) the same second and a later sequence. */
function isAfter(a: Ordered, b: Ordered, bySequence: boolean): boolean {
  if (a.time !== b.time) return a.time > b.time;
  return bySequence && a.sequence > b.sequence;
}

/**
 * Both lists are oldest first and stay in their own order (a `'sending'` entry keeps its place
 * among the shown ones); a page entry goes before a shown one unless it is strictly later.
 */
export function mergeByTime(
  page: readonly TimMessage[],
  shown: readonly TimMessage[],
  sdkById: ReadonlyMap<string, SdkMessage>,
): TimMessage[] {
  if (page.length === 0) return [...shown];
  const last = page[page.length - 1];
  const first = shown[0];
  const bySequence = page[0]?.conversationID.startsWith('GROUP') ?? false;
  // The usual case: the whole page is older than everything shown.
  if (!last || !first || !isAfter(orderOf(last, sdkById), orderOf(first, sdkById), bySequence)) {
    return [...page, ...shown];
  }
  const merged: TimMessage[] = [];
  let p = 0;
  let s = 0;
  while (p < page.length || s < shown.length) {
    const fromPage = page[p];
    const fromShown = shown[s];
    const takePage =
      fromPage !== undefined &&
      (fromShown === undefined ||
        !isAfter(orderOf(fromPage, sdkById), orderOf(fromShown, sdkById), bySequence));
    if (takePage) {
      merged.push(fromPage);
      p++;
    } else if (fromShown !== undefined) {
      merged.push(fromShown);
      s++;
    }
  }
  return merged;
}
