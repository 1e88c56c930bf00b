import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';

interface Anchor {
  id: string;
  offset: number;
}

const TOP_THRESHOLD = 48;
const BOTTOM_THRESHOLD = 4;
/** A scroll this soon after a wheel, touch, pointer or key event is the reader's own. */
const INTENT_MS = 1000;
const INTENT_EVENTS = ['wheel', 'touchstart', 'touchmove', 'pointerdown', 'keydown', 'focusin'];

/**
 * Keeps a virtualized message list where the reader expects it: at the bottom on first open and
 * while the reader is at the bottom, and, when older messages are prepended, with the first
 * visible message exactly where it was (no jump). Calls `onTopReached` near the top.
 *
 * The list is an outer scroller holding an inner virtualizer host whose items carry `data-id`.
 */
export class ScrollKeeper implements ReactiveController {
  private scroller: HTMLElement | undefined;
  private content: VirtualizerHostElement | undefined;
  private stick = true;
  private anchor: Anchor | null = null;
  private lastIntent = -Infinity;
  private changes = 0;
  private readonly resizeObserver: ResizeObserver | undefined =
    typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => this.onLayout());

  constructor(
    host: ReactiveControllerHost,
    private readonly onTopReached: () => void,
    private readonly indexOf: (id: string) => number,
  ) {
    host.addController(this);
  }

  /** True while the list follows new messages. */
  get atBottom(): boolean {
    return this.stick;
  }

  /** Points the keeper at the (possibly re-rendered) scroller and virtualizer host. */
  attach(scroller: HTMLElement | undefined, content: HTMLElement | undefined): void {
    if (scroller === this.scroller && content === this.content) return;
    this.detach();
    this.scroller = scroller;
    this.content = content;
    if (!scroller || !content) return;
    scroller.addEventListener('scroll', this.onScroll, { passive: true });
    for (const type of INTENT_EVENTS)
      scroller.addEventListener(type, this.onIntent, { passive: true });
    content.addEventListener('rangeChanged', this.onRange);
    content.addEventListener('visibilityChanged', this.onRange);
    this.resizeObserver?.observe(scroller);
    this.resizeObserver?.observe(content);
  }

  /** A new conversation: start again at the bottom. */
  reset(): void {
    this.stick = true;
    this.anchor = null;
  }

  /**
   * Call before the DOM shows a new message array. When older messages were prepended and the
   * reader is not at the bottom, remembers the first visible message and its offset.
   */
  beforeChange(previous: readonly { id: string }[], next: readonly { id: string }[]): void {
    const oldFirst = previous[0];
    const prepended =
      oldFirst !== undefined && next.length > previous.length && next[0]?.id !== oldFirst.id;
    if (!prepended || this.stick || this.anchor) return;
    this.anchor = this.firstVisible();
  }

  /** Call after the host rendered the new array; settles the scroll position once laid out. */
  async afterChange(): Promise<void> {
    const virtualizer = this.content?.[virtualizerRef];
    const change = ++this.changes;
    for (let pass = 0; pass < 3; pass++) {
      // layoutComplete only settles when a layout was pending, so do not wait for it forever.
      await Promise.race([
        virtualizer?.layoutComplete.catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, 100)),
      ]);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      if (change !== this.changes) return; // a newer change settles from here on
      this.onLayout();
    }
    this.anchor = null;
    this.onLayout();
    // A list shorter than its box never scrolls, so no scroll would ever ask for older messages.
    const s = this.scroller;
    if (s && s.scrollHeight <= s.clientHeight + 1) this.onTopReached();
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** Scrolls to the newest message and follows new ones again. */
  scrollToBottom(): void {
    this.stick = true;
    this.anchor = null;
    if (this.scroller) this.scroller.scrollTop = this.scroller.scrollHeight;
  }

  private detach(): void {
    this.scroller?.removeEventListener('scroll', this.onScroll);
    for (const type of INTENT_EVENTS) this.scroller?.removeEventListener(type, this.onIntent);
    this.content?.removeEventListener('rangeChanged', this.onRange);
    this.content?.removeEventListener('visibilityChanged', this.onRange);
    this.resizeObserver?.disconnect();
    this.scroller = undefined;
    this.content = undefined;
  }

  private readonly onIntent = (): void => {
    this.lastIntent = performance.now();
  };

  private readonly onScroll = (): void => {
    const s = this.scroller;
    if (!s) return;
    if (this.isAtBottom(s)) {
      this.stick = true;
    } else if (this.byReader()) {
      this.stick = false;
    } else if (this.stick) {
      // The virtualizer corrected its estimates and pulled the list off the bottom: go back.
      s.scrollTop = s.scrollHeight;
      return;
    }
    if (!this.stick && !this.anchor && s.scrollTop < TOP_THRESHOLD) this.onTopReached();
  };

  /** The virtualizer announces a range before it positions the rows: act right after, pre-paint. */
  private readonly onRange = (): void => {
    queueMicrotask(this.onLayout);
  };

  private readonly onLayout = (): void => {
    const s = this.scroller;
    if (!s) return;
    if (this.anchor) {
      this.restoreAnchor(this.anchor);
      return;
    }
    // The reader just scrolled (its scroll event may not have fired yet): do not pull them back.
    if (this.byReader()) this.stick = this.isAtBottom(s);
    if (this.stick) s.scrollTop = s.scrollHeight;
  };

  private byReader(): boolean {
    return performance.now() - this.lastIntent < INTENT_MS;
  }

  private isAtBottom(s: HTMLElement): boolean {
    return s.scrollHeight - s.scrollTop - s.clientHeight <= BOTTOM_THRESHOLD;
  }

  private firstVisible(): Anchor | null {
    const s = this.scroller;
    if (!s || !this.content) return null;
    const top = s.getBoundingClientRect().top;
    let best: Anchor | null = null;
    for (const child of Array.from(this.content.children)) {
      if (!(child instanceof HTMLElement) || !child.dataset.id) continue;
      const rect = child.getBoundingClientRect();
      if (rect.bottom <= top) continue;
      if (!best || rect.top - top < best.offset)
        best = { id: child.dataset.id, offset: rect.top - top };
    }
    return best;
  }

  private restoreAnchor(anchor: Anchor): void {
    const s = this.scroller;
    if (!s || !this.content) return;
    const element = this.content.querySelector<HTMLElement>(`[data-id="${CSS.escape(anchor.id)}"]`);
    if (element) {
      const delta =
        element.getBoundingClientRect().top - s.getBoundingClientRect().top - anchor.offset;
      if (Math.abs(delta) >= 0.5) s.scrollTop += delta;
      return;
    }
    // Not rendered yet: let the virtualizer bring it into range, then the next pass fine-tunes.
    const index = this.indexOf(anchor.id);
    if (index >= 0)
      this.content[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'start' });
  }
}
