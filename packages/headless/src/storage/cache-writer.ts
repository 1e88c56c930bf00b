// Writes what the core shows into the cache: pushed messages, thread contents (history pages,
// sends, revokes) and the conversation list. Only network data of the cache's own user is
// written, batched per microtask into one transaction per store.
import type { TimConversation } from '../conversations/types.js';
import type { TimMessage } from '../messages/types.js';
import { CONVERSATIONS, MESSAGES, deleteKeys, putAll } from './idb.js';
import { toRecord, type CachedMessage } from './records.js';

export interface CacheWriter {
  messages(messages: readonly TimMessage[]): void;
  conversations(rows: readonly TimConversation[]): void;
  /** Resolves once everything queued so far is on disk. */
  flush(): Promise<void>;
}

export function createCacheWriter(db: IDBDatabase, onError: (error: unknown) => void): CacheWriter {
  // Snapshots are immutable, so an object written once never needs writing again.
  const written = new WeakSet<object>();
  const pendingMessages = new Map<string, CachedMessage>();
  const pendingConversations = new Map<string, TimConversation>();
  let removedConversations: string[] = [];
  let lastConversationIDs: Set<string> | null = null;
  let flushing: Promise<void> = Promise.resolve();
  let scheduled = false;
  // A message keeps the order it was first cached with when a newer snapshot replaces it.
  const orderByKey = new Map<string, number>();
  let lastOrder = 0;
  const nextOrder = (): number => (lastOrder = Math.max(Date.now() * 1000, lastOrder + 1));

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    flushing = flushing
      .then(() => new Promise<void>((resolve) => queueMicrotask(resolve)))
      .then(write);
  }

  async function write(): Promise<void> {
    scheduled = false;
    const messages = [...pendingMessages.values()];
    const conversations = [...pendingConversations.values()];
    const removed = removedConversations;
    pendingMessages.clear();
    pendingConversations.clear();
    removedConversations = [];
    try {
      if (messages.length > 0) await putAll(db, MESSAGES, messages);
      if (conversations.length > 0) await putAll(db, CONVERSATIONS, conversations);
      if (removed.length > 0) await deleteKeys(db, CONVERSATIONS, removed);
    } catch (error) {
      onError(error);
    }
  }

  return {
    messages(messages) {
      for (const message of messages) {
        // Only settled messages: a 'sending' or 'failed' one may never exist on the server.
        if (message.status !== 'sent' || written.has(message)) continue;
        written.add(message);
        const key = `${message.conversationID}\n${message.id}`;
        const order = orderByKey.get(key) ?? nextOrder();
        orderByKey.set(key, order);
        pendingMessages.set(key, toRecord(message, order));
      }
      if (pendingMessages.size > 0) schedule();
    },
    conversations(rows) {
      const ids = new Set<string>();
      for (const row of rows) {
        ids.add(row.conversationID);
        if (written.has(row)) continue;
        written.add(row);
        pendingConversations.set(row.conversationID, row);
      }
      // A conversation that left the network list (deleted) leaves the cache too.
      if (lastConversationIDs) {
        for (const id of lastConversationIDs) if (!ids.has(id)) removedConversations.push(id);
      }
      lastConversationIDs = ids;
      if (pendingConversations.size > 0 || removedConversations.length > 0) schedule();
    },
    flush: () => flushing,
  };
}
