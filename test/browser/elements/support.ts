// Helpers for the element suites: the page's logged-in core, waits and shadow-DOM queries.
import { waitUntil } from '@open-wc/testing';
import type { TimCore } from '@tim-kit/headless';
import { loginCore as loginSharedCore } from '../support/core.js';

/** Logs this page's one browser user in (see ../support/core.ts) and returns the core. */
export async function loginCore(userID: string): Promise<TimCore> {
  return (await loginSharedCore(userID)).core;
}

/** Waits for `find` to return something and returns it. */
export async function waitFor<T>(
  find: () => T | null | undefined,
  message: string,
  timeout = 10_000,
): Promise<T> {
  let found: T | null | undefined;
  await waitUntil(
    () => {
      found = find();
      return found !== null && found !== undefined && (found as unknown) !== false;
    },
    message,
    { timeout, interval: 25 },
  );
  return found as T;
}

/** Resolves after `n` animation frames, so layout and scroll corrections have settled. */
export async function frames(n = 3): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** `querySelector` inside an element's shadow root. */
export function shadow<T extends Element = HTMLElement>(host: Element, selector: string): T | null {
  return host.shadowRoot?.querySelector<T>(selector) ?? null;
}

export function shadowAll<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return Array.from(host.shadowRoot?.querySelectorAll<T>(selector) ?? []);
}

/** Scrolls like a reader does: a wheel event first (the elements tell reader scrolls from layout corrections by it), then the scroll. */
export function scrollAsReader(scroller: HTMLElement, top: number): void {
  scroller.dispatchEvent(
    new WheelEvent('wheel', { deltaY: top - scroller.scrollTop, bubbles: true }),
  );
  scroller.scrollTop = top;
}

/** Signs the page's user out and drops the core: the `after` of a suite that called loginCore. */
export async function logoutCore(core: TimCore): Promise<void> {
  await core.auth.logout();
  core.destroy();
}
