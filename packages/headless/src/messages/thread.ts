// One conversation's loaded history. Entries are keyed by SDK message ID and by sender+random, so
// a message that reaches us twice (send reply and push, or push and a history page) shows once.
import { toTimError } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import type { SdkMessage, SdkResponse } from '../sdk/types.js';
import { identityKeys, toTimMessage as mapMessage, type MessageOverrides } from './map-message.js';
import { mergeByTime } from './merge-page.js';
import type { MessageThread, TimMessage } from './types.js';

/** getMessageList's fixed page size. */
const PAGE_SIZE = 15;

interface MessagePage {
  messageList: SdkMessage[];
  nextReqMessageID: string;
  isCompleted: boolean;
}

export interface ThreadState {
  readonly thread: MessageThread;
  /** True once history was loaded, while it loads, or once a message was sent here: pushes are appended only then. */
  readonly isTouched: boolean;
  get(id: string): TimMessage | undefined;
  sdkMessage(id: string): SdkMessage | undefined;
  /** Appends a message we are sending (media ones with `progress: 0`). */
  appendOwn(message: SdkMessage, overrides?: MessageOverrides): TimMessage;
  /** Appends a pushed message unless it is already here (then refreshes it, if the ID matches). */
  receive(message: SdkMessage): void;
  /** Replaces the entry `id` with a new snapshot of `message` (the send reply may carry a new object). */
  settle(id: string, message: SdkMessage, overrides?: MessageOverrides): TimMessage;
  /** Re-reads an entry after the SDK changed it in place (revoked, read by peer, modified). */
  refresh(message: SdkMessage): void;
  /** Sets the upload progress (0..1) of a media message we are sending. */
  setProgress(id: string, progress: number): void;
  /** Changes one entry without the SDK (e.g. a read receipt's counts). */
  patch(id: string, change: Partial<TimMessage>): void;
  /** Drops entries (deleted for me); unknown IDs are ignored. */
  remove(ids: readonly string[]): void;
  /**
   * Drops an entry for good (a cancelled upload): the SDK keeps such a message in its memory as
   * 'fail' and would hand it back with a later history page.
   */
  discard(id: string): void;
  /** Shows rows from the local cache (storage domain) until the first network answer; untouched threads only. */
  showCached(rows: readonly TimMessage[]): void;
  reset(): void;
}

export function createThread(ctx: CoreContext, conversationID: string): ThreadState {
  // Every snapshot knows who 'me' is, for mentions.me.
  const toTimMessage = (message: SdkMessage, overrides: MessageOverrides = {}) =>
    mapMessage(message, { selfID: ctx.selfID(), ...overrides });
  const messages = ctx.store<readonly TimMessage[]>([]);
  const isComplete = ctx.store(false);
  const isLoading = ctx.store(false);
  const sdkById = new Map<string, SdkMessage>();
  const idByKey = new Map<string, string>();
  let nextReqMessageID: string | undefined;
  let touched = false;
  const source = ctx.store<'cache' | 'network'>('network');
  // Rows shown from the local cache give way to the first network answer, so nothing shows twice.
  function dropCached(): void {
    if (source.get() !== 'cache') return;
    messages.set([]);
    source.set('network');
  }
  let inflight: Promise<void> | null = null;
  const discarded = new Set<string>();
  // Bumped by reset(), so a page that arrives after logout is dropped.
  let generation = 0;

  function existingID(message: SdkMessage): string | undefined {
    for (const key of identityKeys(message)) {
      const id = idByKey.get(key);
      if (id !== undefined) return id;
    }
    return undefined;
  }

  function index(id: string, message: SdkMessage): void {
    sdkById.set(id, message);
    for (const key of identityKeys(message)) idByKey.set(key, id);
  }

  function replace(id: string, mapped: TimMessage): void {
    messages.set(messages.get().map((entry) => (entry.id === id ? mapped : entry)));
  }

  async function load(): Promise<void> {
    const op = 'messages.loadOlder';
    const loadGeneration = generation;
    isLoading.set(true);
    try {
      // The SDK answers from its local cache first and only learns that history is complete from
      // the server, so a short page from the cache is topped up until 15 or the true start.
      let fetched = 0;
      for (;;) {
        const options: { conversationID: string; nextReqMessageID?: string } = { conversationID };
        if (nextReqMessageID !== undefined) options.nextReqMessageID = nextReqMessageID;
        const { data } = (await ctx.chat.getMessageList(options)) as SdkResponse<MessagePage>;
        if (loadGeneration !== generation) return;
        dropCached();
        const older: TimMessage[] = [];
        for (const message of data.messageList) {
          if (discarded.has(message.ID) || existingID(message) !== undefined) continue;
          index(message.ID, message);
          older.push(toTimMessage(message));
        }
        if (older.length > 0) messages.set(mergeByTime(older, messages.get(), sdkById));
        fetched += data.messageList.length;
        nextReqMessageID = data.nextReqMessageID;
        touched = true;
        if (data.isCompleted || data.messageList.length === 0 || fetched >= PAGE_SIZE) {
          isComplete.set(Boolean(data.isCompleted));
          return;
        }
      }
    } catch (error) {
      throw toTimError(error, op);
    } finally {
      if (loadGeneration === generation) {
        isLoading.set(false);
        inflight = null;
      }
    }
  }

  const thread: MessageThread = {
    conversationID,
    $messages: messages.$,
    $isComplete: isComplete.$,
    $isLoading: isLoading.$,
    $source: source.$,
    loadOlder() {
      // Overlapping calls (a scroll handler firing twice) share one request.
      if (inflight) return inflight;
      if (isComplete.get()) return Promise.resolve();
      try {
        ctx.requireLogin('messages.loadOlder');
      } catch (error) {
        return Promise.reject(error);
      }
      inflight = load();
      return inflight;
    },
  };

  return {
    thread,
    // A push that lands while a page is loading is kept: the SDK leaves a message it already
    // holds from a push out of the page it returns, so dropping it here would lose it.
    get isTouched() {
      return touched || inflight !== null;
    },
    get: (id) => messages.get().find((entry) => entry.id === id),
    sdkMessage: (id) => sdkById.get(id),
    appendOwn(message, overrides = {}) {
      dropCached();
      touched = true;
      index(message.ID, message);
      const mapped = toTimMessage(message, { ...overrides, status: 'sending' });
      messages.set([...messages.get(), mapped]);
      return mapped;
    },
    receive(message) {
      dropCached();
      const id = existingID(message);
      if (id === undefined) {
        index(message.ID, message);
        messages.set([...messages.get(), toTimMessage(message)]);
      } else if (id === message.ID) {
        index(id, message);
        replace(id, toTimMessage(message));
      }
      // Same message under another ID: our own send, still settling; its reply updates the entry.
    },
    settle(id, message, overrides = {}) {
      index(id, message);
      if (message.ID !== id) index(message.ID, message);
      const progress = overrides.progress ?? messages.get().find((e) => e.id === id)?.progress;
      // The entry keeps the ID the app first saw, even if the SDK reply names it differently.
      const mapped = {
        ...toTimMessage(message, progress === undefined ? overrides : { ...overrides, progress }),
        id,
      };
      replace(id, mapped);
      return mapped;
    },
    refresh(message) {
      const id = existingID(message);
      if (id === undefined) return;
      const current = messages.get().find((entry) => entry.id === id);
      if (!current) return;
      const mapped: TimMessage = { ...toTimMessage(message), id, status: current.status };
      if (current.error) mapped.error = current.error;
      if (current.progress !== undefined) mapped.progress = current.progress;
      replace(id, mapped);
    },
    setProgress(id, progress) {
      const current = messages.get().find((entry) => entry.id === id);
      if (!current || current.progress === progress) return;
      replace(id, { ...current, progress });
    },
    patch(id, change) {
      const current = messages.get().find((entry) => entry.id === id);
      if (current) replace(id, { ...current, ...change });
    },
    remove(ids) {
      const drop = new Set(ids);
      if (!messages.get().some((entry) => drop.has(entry.id))) return;
      for (const id of drop) sdkById.delete(id);
      for (const [key, id] of idByKey) if (drop.has(id)) idByKey.delete(key);
      messages.set(messages.get().filter((entry) => !drop.has(entry.id)));
    },
    discard(id) {
      discarded.add(id);
      this.remove([id]);
    },
    showCached(rows) {
      if (touched) return;
      messages.set(rows);
      source.set(rows.length > 0 ? 'cache' : 'network');
    },
    reset() {
      generation++;
      source.set('network');
      inflight = null;
      sdkById.clear();
      idByKey.clear();
      nextReqMessageID = undefined;
      touched = false;
      messages.set([]);
      isComplete.set(false);
      isLoading.set(false);
    },
  };
}
