// Drafts outlive a reload: they are kept per user under `tim-kit:drafts:<userID>` (a JSON object
// conversationID -> text) through the shared per-user storage (in memory where there is no
// localStorage).
import { createPerUserStorage, type PerUserStorage } from '../internal/per-user-storage.js';

export type DraftPersistence = PerUserStorage<Map<string, string>>;

/** Keyed by userID so two people sharing a browser keep their own drafts. */
export function draftsKey(userID: string): string {
  return `tim-kit:drafts:${userID}`;
}

export function createDraftPersistence(): DraftPersistence {
  return createPerUserStorage<Map<string, string>>({
    prefix: draftsKey(''),
    empty: () => new Map(),
    decode(stored) {
      const drafts = new Map<string, string>();
      if (stored === null || typeof stored !== 'object') return drafts;
      for (const [conversationID, text] of Object.entries(stored)) {
        if (typeof text === 'string' && text !== '') drafts.set(conversationID, text);
      }
      return drafts;
    },
    encode: (drafts) => Object.fromEntries(drafts),
    isEmpty: (drafts) => drafts.size === 0,
  });
}
