// The conversation list, the active conversation and the unread total. Opening a conversation
// marks it read, and keeps doing so as messages arrive, but only while the page is visible:
// a message nobody could have seen stays unread.
import { toTimError } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import { createLoadState } from '../internal/load-state.js';
import { parseConversationID } from '../internal/conversation-id.js';
import { watchVisibility } from '../internal/visibility.js';
import type { SdkEventHandlers } from '../sdk/events.js';
import { SdkEvent, type SdkConversation, type SdkResponse } from '../sdk/types.js';
import { createConversationActions } from './actions.js';
import { compareConversations, sameConversation, toTimConversation } from './map-conversation.js';
import type { TimConversation, TimConversations } from './types.js';

export interface ConversationsDeps {
  markRead(conversationID: string): Promise<void>;
  /** Empties a message thread whose history was deleted (optional for older wiring). */
  clearThread?(conversationID: string): void;
  /** False turns off marking the active conversation read (the seed's enableAutoReport). */
  autoMarkRead?(): boolean;
}

export function createConversations(
  ctx: CoreContext,
  deps: ConversationsDeps,
): {
  api: TimConversations;
  handlers: SdkEventHandlers;
  dispose(): void;
  /** Shows rows from the local cache (storage domain) until the first network list. */
  showCached(rows: readonly TimConversation[]): void;
} {
  const list = ctx.store<readonly TimConversation[]>([]);
  const active = ctx.store<string | null>(null);
  const totalUnread = ctx.store(0);
  let byID = new Map<string, TimConversation>();
  const marking = new Set<string>();
  let recheck = false;
  let lastSdkList: readonly SdkConversation[] = [];
  const { drafts, syncDrafts, ...actions } = createConversationActions(
    ctx,
    {
      clearThread: (conversationID) => deps.clearThread?.(conversationID),
      draftsChanged: () => {
        if (fromNetwork) apply(lastSdkList);
      },
    },
    (conversationID) => byID.get(conversationID),
  );

  const source = ctx.store<'cache' | 'network'>('network');
  const loadState = createLoadState(ctx);
  let fromNetwork = false;
  ctx.onSessionReset(() => {
    lastSdkList = [];
    fromNetwork = false;
    source.set('network');
    byID = new Map();
    list.set([]);
    active.set(null);
    totalUnread.set(0);
  });

  function apply(conversations: readonly SdkConversation[]): void {
    syncDrafts(conversations);
    lastSdkList = conversations;
    fromNetwork = true;
    source.set('network');
    const selfID = ctx.selfID();
    const next = new Map<string, TimConversation>();
    for (const conversation of conversations) {
      let mapped = toTimConversation(conversation, selfID);
      const draft = drafts.get(mapped.conversationID);
      if (draft !== undefined && draft !== mapped.draft) mapped = { ...mapped, draft };
      const previous = byID.get(mapped.conversationID);
      next.set(
        mapped.conversationID,
        previous && sameConversation(previous, mapped) ? previous : mapped,
      );
    }
    byID = next;
    const sorted = [...next.values()].sort(compareConversations);
    // The SDK re-emits the list for changes we do not map; subscribers hear only real changes.
    const current = list.get();
    if (sorted.length !== current.length || sorted.some((c, i) => c !== current[i])) {
      list.set(sorted);
    }
    totalUnread.set(countUnread(sorted));
    // Lists announced while the SDK still syncs may be partial; the first one after ready counts.
    if (ctx.chat.isReady()) loadState.loaded();
    markActiveReadIfSeen();
  }

  function markActiveReadIfSeen(): void {
    const id = active.get();
    if (id === null || ctx.loginStatus.get() !== 'logged-in' || !ctx.isPageVisible()) return;
    if (deps.autoMarkRead && !deps.autoMarkRead()) return;
    if ((byID.get(id)?.unreadCount ?? 0) === 0) return;
    if (marking.has(id)) {
      recheck = true; // more arrived while a mark-read was in flight
      return;
    }
    marking.add(id);
    deps
      .markRead(id)
      .catch((error: unknown) => ctx.reportError(toTimError(error, 'conversations.setActive')))
      .finally(() => {
        marking.delete(id);
        if (recheck) {
          recheck = false;
          markActiveReadIfSeen();
        }
      });
  }

  async function load(operation: string): Promise<void> {
    try {
      const { data } = (await ctx.chat.getConversationList()) as SdkResponse<{
        conversationList: SdkConversation[];
      }>;
      apply(data.conversationList);
    } catch (error) {
      throw toTimError(error, operation);
    }
  }

  const stopWatchingVisibility = watchVisibility(markActiveReadIfSeen);
  // A conversation opened while logging in is marked read once the login completes.
  const stopWatchingLogin = ctx.loginStatus.$.listen((status) => {
    if (status === 'logged-in') markActiveReadIfSeen();
  });

  const handlers: SdkEventHandlers = {
    [SdkEvent.CONVERSATION_LIST_UPDATED]: (event) => {
      if (!Array.isArray(event.data)) return;
      // The SDK empties its list after a logout; that says nothing, and must not hide cached rows.
      if (event.data.length === 0 && ctx.loginStatus.get() === 'logged-out') return;
      apply(event.data as SdkConversation[]);
    },
    [SdkEvent.MESSAGE_RECEIVED]: () => markActiveReadIfSeen(),
    // The SDK usually emits the list after ready; loading it here as well makes that certain.
    [SdkEvent.SDK_READY]: () => {
      load('conversations.refresh').catch((error: unknown) => {
        loadState.failed();
        ctx.reportError(toTimError(error, 'conversations'));
      });
    },
  };

  return {
    api: {
      ...actions,
      $conversations: list.$,
      $activeConversationID: active.$,
      $totalUnread: totalUnread.$,
      $source: source.$,
      $loadState: loadState.$,
      setActive(conversationID) {
        ctx.assertAlive('conversations.setActive');
        if (conversationID !== null) parseConversationID(conversationID, 'conversations.setActive');
        active.set(conversationID);
        markActiveReadIfSeen();
      },
      async refresh() {
        ctx.requireLogin('conversations.refresh');
        await load('conversations.refresh');
      },
    },
    handlers,
    showCached(rows) {
      if (fromNetwork) return;
      list.set(rows);
      totalUnread.set(countUnread(rows));
      source.set(rows.length > 0 ? 'cache' : 'network');
    },
    dispose() {
      stopWatchingVisibility();
      stopWatchingLogin();
    },
  };
}

/**
 * The total is derived from the list rather than taken from TOTAL_UNREAD_MESSAGE_COUNT_UPDATED:
 * the SDK throttles that event on its own 1 s timer, so it can disagree with the list for a
 * second, and it skips C2C conversations whose remind type it has not fetched yet. Same rule
 * otherwise: muted conversations and the system conversation do not count.
 */
function countUnread(conversations: readonly TimConversation[]): number {
  let total = 0;
  for (const c of conversations) if (!c.isMuted && c.type !== 'SYSTEM') total += c.unreadCount;
  return total;
}
