import type { ReadableAtom } from 'nanostores';
import type { TimConversation } from '../conversations/types.js';
import type { TimMessage } from '../messages/types.js';

export interface StorageOptions {
  /** The IndexedDB factory. Default: globalThis.indexedDB, read when initStorage is called. */
  indexedDB?: IDBFactory | null;
}

export interface LocalMessagesQuery {
  /** How many messages, newest first counted; 1-1000, default 15. */
  count?: number;
  /** Only messages older than this cached message ID (pages back through the cache). */
  before?: string;
}

export interface TimStorage {
  /** The user whose cache is open, or null. */
  $identifier: ReadableAtom<string | null>;
  /**
   * Opens (creating if needed) the IndexedDB cache of `identifier`. From then on messages and
   * conversations are cached as they arrive or load; before login, $conversations and threads show
   * the cache (their `$source` is 'cache') until the network answers. Rejects with
   * STORAGE_UNAVAILABLE where there is no IndexedDB (Node).
   */
  initStorage(identifier: string): Promise<void>;
  /** Cached messages of one conversation, oldest first; no network involved. */
  getLocalMessages(conversationID: string, query?: LocalMessagesQuery): Promise<TimMessage[]>;
  /** Cached conversations, as last seen. */
  getLocalConversations(): Promise<TimConversation[]>;
  /** Removes a conversation's cached messages (the server's copy is untouched). */
  deleteLocalMessages(conversationID: string): Promise<void>;
  /** Closes the database; the cache stays on disk. */
  close(): void;
}
