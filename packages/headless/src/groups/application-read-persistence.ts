// Which group join applications the user has seen. The web SDK has no "report pendency read"
// request, so the core keeps this itself: per user in localStorage under
// `tim-kit:group-applications-read:<userID>` (a JSON array of application keys), and in memory
// where there is no localStorage (Node, sandboxed frames), like drafts and notification settings.

export interface ApplicationReadPersistence {
  load(userID: string): Set<string>;
  save(userID: string, readKeys: ReadonlySet<string>): void;
}

type ReadStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Keyed by userID so two people sharing a browser keep their own read state. */
export function applicationsReadKey(userID: string): string {
  return `tim-kit:group-applications-read:${userID}`;
}

function defaultStorage(): ReadStorage | null {
  try {
    return (globalThis as { localStorage?: ReadStorage }).localStorage ?? null;
  } catch {
    return null; // a sandboxed frame throws on access
  }
}

export function createApplicationReadPersistence(
  storage: ReadStorage | null = defaultStorage(),
): ApplicationReadPersistence {
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
      const keys = new Set<string>();
      const raw = read(applicationsReadKey(userID));
      if (raw === null) return keys;
      try {
        const stored: unknown = JSON.parse(raw);
        if (!Array.isArray(stored)) return keys;
        for (const key of stored) if (typeof key === 'string' && key !== '') keys.add(key);
      } catch {
        // Written by another version or edited by hand: everything starts unread.
      }
      return keys;
    },
    save(userID, readKeys) {
      const key = applicationsReadKey(userID);
      const value = JSON.stringify([...readKeys]);
      memory.set(key, value);
      try {
        if (readKeys.size === 0) storage?.removeItem(key);
        else storage?.setItem(key, value);
      } catch {
        // Quota or privacy mode: the in-memory copy still serves this page.
      }
    },
  };
}
