// Drafts outlive a reload: they are kept per user in localStorage under
// `tim-kit:drafts:<userID>` (a JSON object conversationID -> text), and in memory where there is
// no localStorage (Node, sandboxed frames), like the notification settings.

export interface DraftPersistence {
  load(userID: string): Map<string, string>;
  save(userID: string, drafts: ReadonlyMap<string, string>): void;
}

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Keyed by userID so two people sharing a browser keep their own drafts. */
export function draftsKey(userID: string): string {
  return `tim-kit:drafts:${userID}`;
}

function defaultStorage(): DraftStorage | null {
  try {
    return (globalThis as { localStorage?: DraftStorage }).localStorage ?? null;
  } catch {
    return null; // a sandboxed frame throws on access
  }
}

export function createDraftPersistence(
  storage: DraftStorage | null = defaultStorage(),
): DraftPersistence {
  const memory = new Map<string, string>();
  const read = (key: string): string | null => {
    try {
      return storage ? storage.getItem(key) : (memory.get(key) ?? null);
    } catch {
      return memory.get(key) ?? null;
    }
  };
  return {
    load(userID) {
      const drafts = new Map<string, string>();
      const raw = read(draftsKey(userID));
      if (raw === null) return drafts;
      try {
        const stored: unknown = JSON.parse(raw);
        if (stored === null || typeof stored !== 'object') return drafts;
        for (const [conversationID, text] of Object.entries(stored)) {
          if (typeof text === 'string' && text !== '') drafts.set(conversationID, text);
        }
      } catch {
        // Written by another version or edited by hand: start without drafts.
      }
      return drafts;
    },
    save(userID, drafts) {
      const key = draftsKey(userID);
      const value = JSON.stringify(Object.fromEntries(drafts));
      memory.set(key, value);
      try {
        if (drafts.size === 0) storage?.removeItem(key);
        else storage?.setItem(key, value);
      } catch {
        // Quota or privacy mode: the in-memory copy still serves this page.
      }
    },
  };
}
