// Destroying the SDK so that nothing of it outlives the call: chat.destroy() plus the timers it
// leaks (see leaked-timers.ts). Without the second part a Node process never exits on its own.
import { withTimeout } from '../internal/timeout.js';
import { releaseSdkTimers } from './leaked-timers.js';
import type { ChatSDK } from './types.js';

export interface DestroyChatOptions {
  /**
   * How long to wait for the SDK's own logout before giving up on it. Default 3000. The SDK
   * logs out over the socket first; with the server gone that reply never comes.
   */
  timeoutMs?: number;
}

export const DEFAULT_DESTROY_TIMEOUT_MS = 3_000;

/**
 * Destroys an SDK made by createChat and clears the timers the SDK would leave running. Never
 * rejects: chat.destroy() logs out first and rejects (2024) when nobody is logged in, yet it
 * still tears down in a `finally`, so that rejection is not a failure of the destroy.
 */
export async function destroyChat(chat: ChatSDK, options: DestroyChatOptions = {}): Promise<void> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_DESTROY_TIMEOUT_MS;
  try {
    const destroyed = Promise.resolve(chat.destroy());
    // A destroy we stopped waiting for may still reject later; nobody is listening by then.
    destroyed.catch(() => undefined);
    await withTimeout(destroyed, timeoutMs, () => new Error('SDK destroy timed out'));
  } catch {
    // See above: not logged in (2024), or the server never answered the logout.
  } finally {
    releaseSdkTimers(chat);
  }
}
