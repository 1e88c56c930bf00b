// The few IndexedDB operations the cache needs, as promises. Each function opens its own
// transaction, so callers never hold one across an await (IndexedDB would auto-commit it).

export const MESSAGES = 'messages';
export const CONVERSATIONS = 'conversations';
/** Messages by [conversationID, time, order, id]: time order, arrival order breaking ties. */
export const BY_ORDER = 'byOrder';

export function databaseName(identifier: string): string {
  return `tim-kit-cache:${identifier}`;
}

export function openDatabase(factory: IDBFactory, identifier: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(databaseName(identifier), 2);
    request.onupgradeneeded = () => {
      const db = request.result;
      // Only a cache: an older layout is dropped rather than migrated.
      for (const name of [...db.objectStoreNames]) db.deleteObjectStore(name);
      const messages = db.createObjectStore(MESSAGES, { keyPath: ['conversationID', 'id'] });
      messages.createIndex(BY_ORDER, ['conversationID', 'time', 'order', 'id']);
      db.createObjectStore(CONVERSATIONS, { keyPath: 'conversationID' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
    request.onblocked = () => reject(new Error('the cache database is blocked by another tab'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

export function putAll(
  db: IDBDatabase,
  storeName: string,
  records: readonly unknown[],
): Promise<void> {
  const tx = db.transaction(storeName, 'readwrite');
  const store = tx.objectStore(storeName);
  for (const record of records) store.put(record);
  return done(tx);
}

export function deleteKeys(
  db: IDBDatabase,
  storeName: string,
  keys: readonly IDBValidKey[] | IDBKeyRange,
): Promise<void> {
  const tx = db.transaction(storeName, 'readwrite');
  const store = tx.objectStore(storeName);
  if (Array.isArray(keys)) for (const key of keys) store.delete(key as IDBValidKey);
  else store.delete(keys as IDBKeyRange);
  return done(tx);
}

export function getOne<T>(
  db: IDBDatabase,
  storeName: string,
  key: IDBValidKey,
): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(storeName).objectStore(storeName).get(key);
    request.onsuccess = () => resolve(request.result as T | undefined);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB get failed'));
  });
}

export function getAll<T>(db: IDBDatabase, storeName: string): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(storeName).objectStore(storeName).getAll();
    request.onsuccess = () => resolve(request.result as T[]);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB getAll failed'));
  });
}

/** Up to `count` records of an index range, walking from the high end (newest first). */
export function lastInRange<T>(
  db: IDBDatabase,
  storeName: string,
  indexName: string,
  range: IDBKeyRange,
  count: number,
): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const found: T[] = [];
    const index = db.transaction(storeName).objectStore(storeName).index(indexName);
    const request = index.openCursor(range, 'prev');
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor || found.length >= count) return resolve(found);
      found.push(cursor.value as T);
      cursor.continue();
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB cursor failed'));
  });
}
