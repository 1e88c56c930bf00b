// One JSON value per user in localStorage under `<prefix><userID>`, so two people sharing a
// browser keep their own drafts, read marks and settings. Where there is no localStorage (Node,
// sandboxed frames) or it refuses a write (quota, privacy mode), the value lives in memory, so
// the feature works everywhere and only persistence depends on the environment.

/** The part of Storage this needs; removeItem is only called by stores with `isEmpty`. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'> &
  Partial<Pick<Storage, 'removeItem'>>;

export interface PerUserStorageOptions<T> {
  /** Put before the userID, e.g. `tim-kit:drafts:`. */
  prefix: string;
  /** What a user without a (readable) stored value starts with. */
  empty(): T;
  /** Turns JSON written to `prefix + userID` back into a value; throws on anything invalid. */
  decode(stored: unknown): T;
  /** A JSON-serialisable form of the value. */
  encode(value: T): unknown;
  /** True when the key should be removed instead of written (nothing worth keeping). */
  isEmpty?(value: T): boolean;
  /**
   * Where values persist. Undefined: globalThis.localStorage, looked up when the store is
   * created (never at import, so the package loads in Node); null: in memory only.
   */
  storage?: KeyValueStorage | null;
}

export interface PerUserStorage<T> {
  key(userID: string): string;
  load(userID: string): T;
  save(userID: string, value: T): void;
}

function defaultStorage(): KeyValueStorage | null {
  try {
    return (globalThis as { localStorage?: KeyValueStorage }).localStorage ?? null;
  } catch {
    return null; // a sandboxed frame throws on access
  }
}

export function createPerUserStorage<T>(options: PerUserStorageOptions<T>): PerUserStorage<T> {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const memory = new Map<string, string>();
  const key = (userID: string): string => `${options.prefix}${userID}`;
  // What this page saved wins: a write the storage refused (quota) lives only in memory.
  const read = (storageKey: string): string | null => {
    const saved = memory.get(storageKey);
    if (saved !== undefined || !storage) return saved ?? null;
    try {
      return storage.getItem(storageKey);
    } catch {
      return null;
    }
  };
  return {
    key,
    load(userID) {
      const raw = read(key(userID));
      if (raw === null) return options.empty();
      try {
        return options.decode(JSON.parse(raw));
      } catch {
        return options.empty(); // written by another version, or edited by hand
      }
    },
    save(userID, value) {
      const storageKey = key(userID);
      const text = JSON.stringify(options.encode(value));
      memory.set(storageKey, text);
      try {
        if (options.isEmpty?.(value)) storage?.removeItem?.(storageKey);
        else storage?.setItem(storageKey, text);
      } catch {
        // Quota or privacy mode: the in-memory copy still serves this page.
      }
    },
  };
}
