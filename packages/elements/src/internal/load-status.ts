// The loading and load-failure states of an element whose data comes from the core: "Loading…"
// while signing in and until the first data of the session arrives, then the data (or the
// element's empty state), or a failure. Without it an element says "no friends yet" while the
// friend list is still on its way.
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { ReadableAtom } from 'nanostores';
import type { LoginStatus, TimCore, TimLoadState } from '@tim-kit/headless';
import type { TimCoreElement } from './core-element.js';
import { StoreController } from './store-controller.js';
import { loadStrings } from './load-i18n.js';

export type LoadView = 'loading' | 'ready' | 'failed';

export class LoadStatusController implements ReactiveController {
  private readonly login: StoreController<LoginStatus>;
  private readonly state: StoreController<TimLoadState>;
  /** Set by elements that fetch themselves (no domain store); wins over the store's state. */
  private own: TimLoadState | undefined;

  constructor(private readonly host: TimCoreElement) {
    host.addController(this);
    this.login = new StoreController<LoginStatus>(host);
    this.state = new StoreController<TimLoadState>(host);
  }

  hostConnected(): void {}

  /** Follows the core's login and, when given, the domain's `$loadState`. */
  setStores(core: TimCore | undefined, loadState?: ReadableAtom<TimLoadState>): void {
    this.login.setStore(core?.auth.$loginStatus);
    this.state.setStore(loadState);
  }

  /** For data the element fetches itself: `'pending'` while it runs, then the outcome. */
  setOwnState(state: TimLoadState | undefined): void {
    if (state === this.own) return;
    this.own = state;
    this.host.requestUpdate();
  }

  get loginStatus(): LoginStatus | undefined {
    return this.login.value;
  }

  get view(): LoadView {
    const login = this.login.value;
    if (login !== 'logged-in') return login === 'logging-in' ? 'loading' : 'failed';
    const state = this.own ?? this.state.value ?? 'loaded';
    if (state === 'loaded') return 'ready';
    return state === 'failed' ? 'failed' : 'loading';
  }

  /**
   * The state to show in place of the data, or `nothing` once it is ready. `slotted` adds a
   * `loading` slot (for elements that already let apps replace their empty state); `title` and
   * `reason` replace the failure's generic words (e.g. with the error the element got).
   */
  render(
    options: { slotted?: boolean; title?: string; reason?: string } = {},
  ): TemplateResult | typeof nothing {
    const view = this.view;
    if (view === 'ready') return nothing;
    const words = loadStrings(this.host.timLang);
    if (view === 'loading') {
      return html`<div part="loading" class="state loading" role="status">
        ${options.slotted ? html`<slot name="loading">${words.loading}</slot>` : words.loading}
      </div>`;
    }
    const login = this.login.value;
    const reason = options.reason
      ? options.reason
      : login === 'kicked-out'
        ? words.kickedOut
        : login === 'sig-expired'
          ? words.sigExpired
          : login === 'logged-in'
            ? words.failedHint
            : words.signedOut;
    return html`<div part="load-error" class="state load-error" role="alert">
      <strong>${options.title ?? words.loadFailed}</strong><span>${reason}</span>
    </div>`;
  }
}
