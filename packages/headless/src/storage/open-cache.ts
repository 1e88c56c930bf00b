// Finding IndexedDB and opening a user's cache, with the errors an app can act on. The global is
// read here, at call time, never at import.
import { TimError, TimErrorCode } from '../errors.js';
import { openDatabase } from './idb.js';

export async function openCacheDatabase(
  injected: IDBFactory | null | undefined,
  identifier: string,
  operation: string,
): Promise<IDBDatabase> {
  const factory =
    injected === undefined ? (globalThis as { indexedDB?: IDBFactory }).indexedDB : injected;
  if (!factory) {
    throw new TimError(
      TimErrorCode.STORAGE_UNAVAILABLE,
      'local storage needs IndexedDB, which this environment does not have (Node?); pass storage.indexedDB to createTimCore to supply one',
      operation,
    );
  }
  try {
    return await openDatabase(factory, identifier);
  } catch (error) {
    throw storageFailure(operation, `could not open the local cache: ${describe(error)}`, error);
  }
}

export function storageFailure(operation: string, message: string, cause: unknown): TimError {
  return new TimError(TimErrorCode.STORAGE_UNAVAILABLE, message, operation, { cause });
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
