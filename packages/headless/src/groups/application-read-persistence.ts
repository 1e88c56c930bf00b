// Which group join applications the user has seen. The web SDK has no "report pendency read"
// request, so the core keeps this itself: per user under
// `tim-kit:group-applications-read:<userID>` (a JSON array of application keys) through the
// shared per-user storage (in memory where there is no localStorage).
import { createPerUserStorage, type PerUserStorage } from '../internal/per-user-storage.js';

export type ApplicationReadPersistence = PerUserStorage<Set<string>>;

/** Keyed by userID so two people sharing a browser keep their own read state. */
export function applicationsReadKey(userID: string): string {
  return `tim-kit:group-applications-read:${userID}`;
}

export function createApplicationReadPersistence(): ApplicationReadPersistence {
  return createPerUserStorage<Set<string>>({
    prefix: applicationsReadKey(''),
    empty: () => new Set(),
    decode(stored) {
      // Anything but an array (another version, a hand edit): everything starts unread.
      if (!Array.isArray(stored)) return new Set();
      return new Set(stored.filter((key): key is string => typeof key === 'string' && key !== ''));
    },
    encode: (readKeys) => [...readKeys],
    isEmpty: (readKeys) => readKeys.size === 0,
  });
}
