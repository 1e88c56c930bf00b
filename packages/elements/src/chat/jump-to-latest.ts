import type { ReactiveControllerHost } from 'lit';
import type { TimMessage } from '@tim-kit/headless';

/** How close to the bottom (px) still counts as reading the newest message. */
const AT_BOTTOM_SLACK = 48;

/**
 * What the jump-to-latest button shows: whether the reader is at the newest message and, while
 * they are scrolled up, how many messages from others arrived since.
 */
export class JumpToLatest {
  atBottom = true;
  newCount = 0;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Back at the newest message: the button hides and the count starts again. */
  reset(): void {
    this.set(true, 0);
  }

  /** Counts messages from others appended while the reader is scrolled up. */
  countNew(previous: readonly TimMessage[], next: readonly TimMessage[]): void {
    const last = previous[previous.length - 1];
    if (this.atBottom || !last) return;
    const at = next.findIndex((m) => m.id === last.id);
    if (at < 0) return;
    const added = next.slice(at + 1).filter((m) => !m.fromSelf).length;
    this.set(this.atBottom, this.newCount + added);
  }

  /** The log scrolled: at the bottom again, the count clears. */
  onScroll(list: HTMLElement | undefined): void {
    if (!list) return;
    const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight <= AT_BOTTOM_SLACK;
    this.set(atBottom, atBottom ? 0 : this.newCount);
  }

  /** Re-renders the chat only when something the button shows changed. */
  private set(atBottom: boolean, newCount: number): void {
    if (atBottom === this.atBottom && newCount === this.newCount) return;
    this.atBottom = atBottom;
    this.newCount = newCount;
    this.host.requestUpdate();
  }
}
