// A per-user IndexedDB cache of messages and conversations. It reads what the core already shows
// (stores, SDK events, each thread as it is created), so the other domains know nothing about it
// beyond showing cached rows before the network answers. IndexedDB is only looked up when
// initStorage() is called, so the package still imports in Node.
import { compareConversations } from '../conversations/map-conversation.js';
import type { TimConversation, TimConversations } from '../conversations/types.js';
import { TimError, TimErrorCode, invalidArgument } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import { parseConversationID } from '../internal/conversation-id.js';
import { toTimMessage } from '../messages/map-message.js';
import type { ThreadState } from '../messages/thread.js';
import type { TimMessage } from '../messages/types.js';
import type { SdkEventHandlers } from '../sdk/events.js';
import { SdkEvent, type SdkMessage } from '../sdk/types.js';
import { createCacheWriter, type CacheWriter } from './cache-writer.js';
import { describe, openCacheDatabase, storageFailure } from './open-cache.js';
import {
  BY_ORDER,
  CONVERSATIONS,
  MESSAGES,
  deleteKeys,
  getAll,
  getOne,
  lastInRange,
} from './idb.js';
import { conversationRange, fromRecord, type CachedMessage } from './records.js';
import type { StorageOptions, TimStorage } from './types.js';

/** Cached rows a thread shows before its first history page: one page, as loadOlder would. */
const WARM_PAGE = 15;
const MAX_COUNT = 1000;

export interface StorageDeps {
  conversations: {
    api: Pick<TimConversations, '$conversations' | '$source'>;
    showCached(rows: readonly TimConversation[]): void;
  };
}

interface OpenCache {
  identifier: string;
  db: IDBDatabase;
  writer: CacheWriter;
}

export function createStorage(
  ctx: CoreContext,
  deps: StorageDeps,
  options: StorageOptions = {},
): { api: TimStorage; handlers: SdkEventHandlers; dispose(): void } {
  const identifier = ctx.store<string | null>(null);
  const threads = new Map<string, ThreadState>();
  const stops: Array<() => void> = [];
  let cache: OpenCache | null = null;

  /** Writes only network data of the cache's own user. */
  const writable = (): OpenCache | null =>
    cache && ctx.loginStatus.get() === 'logged-in' && ctx.selfID() === cache.identifier
      ? cache
      : null;
  /** Shows the cache unless someone else is logged in. */
  const showable = (): OpenCache | null =>
    cache && (ctx.loginStatus.get() !== 'logged-in' || ctx.selfID() === cache.identifier)
      ? cache
      : null;

  function reportError(error: unknown): void {
    ctx.reportError(storageFailure('storage', 'writing the local cache failed', error));
  }

  function writeThread(thread: ThreadState): void {
    if (thread.thread.$source.get() !== 'network') return;
    writable()?.writer.messages(thread.thread.$messages.get());
  }

  function writeConversations(): void {
    if (deps.conversations.api.$source.get() !== 'network') return;
    writable()?.writer.conversations(deps.conversations.api.$conversations.get());
  }

  async function readLatest(
    open: OpenCache,
    conversationID: string,
    count: number,
    before?: CachedMessage,
  ) {
    const upper = before ? [conversationID, before.time, before.order, before.id] : undefined;
    const range = conversationRange(conversationID, upper);
    const records = await lastInRange<CachedMessage>(open.db, MESSAGES, BY_ORDER, range, count);
    return records.reverse().map(fromRecord);
  }

  // What was last read from the cache, so a login (which empties the views first) can show it
  // again in the same tick, before a fresh read completes.
  let shownConversations: readonly TimConversation[] = [];
  const shownThreads = new Map<string, readonly TimMessage[]>();

  async function warmThread(thread: ThreadState): Promise<void> {
    const open = showable();
    if (!open || thread.isTouched) return;
    const rows = await readLatest(open, thread.thread.conversationID, WARM_PAGE);
    if (showable() !== open) return;
    shownThreads.set(thread.thread.conversationID, rows);
    thread.showCached(rows);
  }

  async function warmAll(): Promise<void> {
    const open = showable();
    if (!open) return;
    const rows = await getAll<TimConversation>(open.db, CONVERSATIONS);
    if (showable() !== open) return;
    shownConversations = rows.sort(compareConversations);
    deps.conversations.showCached(shownConversations);
    await Promise.all([...threads.values()].map(warmThread));
  }

  function showAgain(): void {
    deps.conversations.showCached(shownConversations);
    for (const [id, rows] of shownThreads) threads.get(id)?.showCached(rows);
    warmAll().catch(reportError);
  }

  function hideAll(): void {
    deps.conversations.showCached([]);
    for (const thread of threads.values()) thread.showCached([]);
  }

  stops.push(
    ctx.onThreadCreated((thread) => {
      threads.set(thread.thread.conversationID, thread);
      stops.push(thread.thread.$messages.listen(() => writeThread(thread)));
      if (cache) warmThread(thread).catch(reportError);
    }),
    deps.conversations.api.$conversations.listen(writeConversations),
    ctx.loginStatus.$.listen((status) => {
      if (!cache) return;
      // A login empties the views first; show the cache again while it runs.
      if (status === 'logging-in') showAgain();
      if (status !== 'logged-in') return;
      if (ctx.selfID() !== cache.identifier) return hideAll();
      // What the network delivered during login was not written yet (nobody was logged in).
      writeConversations();
      for (const thread of threads.values()) writeThread(thread);
    }),
  );

  function requireCache(operation: string): OpenCache {
    ctx.assertAlive(operation);
    if (!cache) {
      throw new TimError(
        TimErrorCode.STORAGE_NOT_INITIALIZED,
        'call storage.initStorage(identifier) before reading the local cache',
        operation,
      );
    }
    return cache;
  }

  async function initStorage(id: string): Promise<void> {
    const op = 'storage.initStorage';
    ctx.assertAlive(op);
    if (typeof id !== 'string' || id.trim() === '')
      throw invalidArgument(op, 'identifier must be a non-empty string (the userID)');
    if (cache?.identifier === id) return;
    const db = await openCacheDatabase(options.indexedDB, id, op);
    if (!ctx.isAlive()) {
      db.close();
      ctx.assertAlive(op);
    }
    api.close();
    cache = { identifier: id, db, writer: createCacheWriter(db, reportError) };
    identifier.set(id);
    if (writable()) {
      writeConversations();
      for (const thread of threads.values()) writeThread(thread);
    } else await warmAll();
  }

  const api: TimStorage = {
    $identifier: identifier.$,
    initStorage,
    async getLocalMessages(conversationID, query = {}) {
      const op = 'storage.getLocalMessages';
      parseConversationID(conversationID, op);
      const { count = WARM_PAGE, before } = query ?? {};
      if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT)
        throw invalidArgument(op, `count must be an integer from 1 to ${MAX_COUNT}`);
      if (before !== undefined && (typeof before !== 'string' || before === ''))
        throw invalidArgument(op, 'before must be a message ID');
      const open = requireCache(op);
      await open.writer.flush();
      let anchor: CachedMessage | undefined;
      if (before !== undefined) {
        anchor = await getOne<CachedMessage>(open.db, MESSAGES, [conversationID, before]);
        if (!anchor) throw invalidArgument(op, `message "${before}" is not in the local cache`);
      }
      return readLatest(open, conversationID, count, anchor);
    },
    async getLocalConversations() {
      const open = requireCache('storage.getLocalConversations');
      await open.writer.flush();
      return (await getAll<TimConversation>(open.db, CONVERSATIONS)).sort(compareConversations);
    },
    async deleteLocalMessages(conversationID) {
      const op = 'storage.deleteLocalMessages';
      parseConversationID(conversationID, op);
      const open = requireCache(op);
      await open.writer.flush();
      try {
        await deleteKeys(open.db, MESSAGES, conversationRange(conversationID));
      } catch (error) {
        throw storageFailure(
          op,
          `could not delete from the local cache: ${describe(error)}`,
          error,
        );
      }
      shownThreads.delete(conversationID);
      threads.get(conversationID)?.showCached([]);
    },
    close() {
      cache?.db.close();
      cache = null;
      identifier.set(null);
      shownConversations = [];
      shownThreads.clear();
    },
  };

  const cacheReceived = (event: { data: unknown }): void => {
    const open = writable();
    if (!open || !Array.isArray(event.data)) return;
    const messages: TimMessage[] = (event.data as SdkMessage[]).map((m) =>
      toTimMessage(m, { selfID: ctx.selfID() }),
    );
    open.writer.messages(messages);
  };

  return {
    api,
    handlers: {
      [SdkEvent.MESSAGE_RECEIVED]: cacheReceived,
      [SdkEvent.MESSAGE_REVOKED]: cacheReceived,
      [SdkEvent.MESSAGE_MODIFIED]: cacheReceived,
    },
    dispose() {
      for (const stop of stops.splice(0)) stop();
      api.close();
    },
  };
}
