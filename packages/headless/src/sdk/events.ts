// Subscribing to SDK events through one bag means destroy() can remove exactly what the core
// added, and nothing an app registered on the same ChatSDK instance.
import type { ChatSDK, SdkEventName, SdkEventPayload } from './types.js';

export type SdkEventHandler = (event: SdkEventPayload) => void;
export type SdkEventHandlers = Partial<Record<SdkEventName, SdkEventHandler>>;
/** Rewrites an event before the bag's handlers see it; null drops it. */
export type SdkEventFilter = (name: SdkEventName, event: SdkEventPayload) => SdkEventPayload | null;

export interface ListenerBag {
  on(name: SdkEventName, handler: SdkEventHandler): void;
  onAll(handlers: SdkEventHandlers): void;
  /** Removes every listener added through this bag. */
  offAll(): void;
}

export function createListenerBag(chat: ChatSDK, filter?: SdkEventFilter): ListenerBag {
  const unsubscribers: Array<() => void> = [];
  const bag: ListenerBag = {
    on(name, handler) {
      const listener: SdkEventHandler = filter
        ? (event) => {
            const kept = filter(name, event);
            if (kept) handler(kept);
          }
        : handler;
      chat.on(name, listener);
      unsubscribers.push(() => chat.off(name, listener));
    },
    onAll(handlers) {
      for (const [name, handler] of Object.entries(handlers) as Array<
        [SdkEventName, SdkEventHandler | undefined]
      >) {
        if (handler) bag.on(name, handler);
      }
    },
    offAll() {
      for (const off of unsubscribers.splice(0)) off();
    },
  };
  return bag;
}
