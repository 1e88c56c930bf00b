import type { TemplateResult, nothing } from 'lit';
import type { MessageThread, TimCore, TimMessage } from '@tim-kit/headless';
import type { TimCoreElement } from '../internal/core-element.js';
import { LoadStatusController, type LoadView } from '../internal/load-status.js';
import { StoreController } from '../internal/store-controller.js';

/**
 * The history of the conversation on screen: its message thread, the first page asked for once
 * per session, older pages on demand, and the loading / load-failure state shown until the
 * first page arrives.
 */
export class ChatHistory {
  private readonly messages: StoreController<readonly TimMessage[]>;
  private readonly isComplete: StoreController<boolean>;
  private readonly isLoading: StoreController<boolean>;
  private readonly load: LoadStatusController;
  private current: MessageThread | undefined;
  /** The thread whose first history page was asked for in this session. */
  private historyFor: MessageThread | undefined;

  constructor(
    host: TimCoreElement,
    private readonly onError: (error: unknown, operation: string) => void,
  ) {
    this.messages = new StoreController<readonly TimMessage[]>(host);
    this.isComplete = new StoreController<boolean>(host);
    this.isLoading = new StoreController<boolean>(host);
    this.load = new LoadStatusController(host);
  }

  /** The thread on screen, or undefined when no conversation is. */
  get thread(): MessageThread | undefined {
    return this.current;
  }

  get list(): readonly TimMessage[] {
    return this.messages.value ?? [];
  }

  /** True while a page of history is on its way. */
  get loading(): boolean {
    return this.isLoading.value === true;
  }

  /** Whether the first page is still loading, failed, or is ready. */
  get view(): LoadView {
    return this.load.view;
  }

  /** Follows the core's login: history needs a signed-in user. */
  setCore(core: TimCore | undefined): void {
    this.load.setStores(core);
  }

  /** Shows `thread` (or nothing); its first page is asked for by `loadFirstPage`. */
  open(thread: MessageThread | undefined): void {
    this.current = thread;
    this.messages.setStore(thread?.$messages);
    this.isComplete.setStore(thread?.$isComplete);
    this.isLoading.setStore(thread?.$isLoading);
    this.historyFor = undefined;
    this.load.setOwnState('pending');
  }

  /** Asks for the first history page once the user is signed in (history needs a login). */
  loadFirstPage(): void {
    const thread = this.current;
    if (this.load.loginStatus !== 'logged-in') {
      this.historyFor = undefined; // a new session loads again
      return;
    }
    if (!thread || this.historyFor === thread) return;
    this.historyFor = thread;
    if (thread.$messages.get().length > 0) return this.load.setOwnState('loaded');
    // The thread shares a page already on its way (or answers at once when history is complete).
    thread.loadOlder().then(
      () => thread === this.current && this.load.setOwnState('loaded'),
      (error: unknown) => {
        this.onError(error, 'messages.loadOlder');
        if (thread === this.current && this.list.length === 0) this.load.setOwnState('failed');
      },
    );
  }

  /** Loads the previous page of history, if there is one and none is loading. */
  async loadOlder(): Promise<void> {
    const thread = this.current;
    if (!thread || thread.$isLoading.get() || thread.$isComplete.get()) return;
    try {
      await thread.loadOlder();
    } catch (error) {
      this.onError(error, 'messages.loadOlder');
    }
  }

  /** The loading or failure state to show in place of the log (with a `loading` slot). */
  renderStatus(): TemplateResult | typeof nothing {
    return this.load.render({ slotted: true });
  }
}
