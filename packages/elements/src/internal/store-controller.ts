import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadableAtom } from 'nanostores';

/**
 * Subscribes its host to one nanostores store while the host is connected and re-renders the
 * host when the value changes. The store can be swapped (or cleared) with `setStore`.
 */
export class StoreController<T> implements ReactiveController {
  value: T | undefined;
  private store: ReadableAtom<T> | undefined;
  private unsubscribe: (() => void) | undefined;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    store?: ReadableAtom<T>,
  ) {
    this.store = store;
    this.value = store?.get();
    host.addController(this);
  }

  /** Points the controller at another store; the value is current synchronously. */
  setStore(store: ReadableAtom<T> | undefined): void {
    if (store === this.store) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = store;
    this.value = store?.get();
    if (this.connected) this.subscribe();
  }

  hostConnected(): void {
    this.connected = true;
    this.subscribe();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private subscribe(): void {
    if (!this.store || this.unsubscribe) return;
    this.unsubscribe = this.store.listen((value) => {
      this.value = value;
      this.host.requestUpdate();
    });
    const current = this.store.get();
    if (current !== this.value) {
      this.value = current;
      this.host.requestUpdate();
    }
  }
}
