// The messages domain: per-conversation threads, sending every kind (send.ts, send-kinds.ts),
// recall/delete/receipts (manage.ts), and the SDK events that change messages already shown.
import { invalidArgument, toTimError } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import { parseConversationID } from '../internal/conversation-id.js';
import type { SdkEventHandlers } from '../sdk/events.js';
import { SdkEvent, type SdkMessage } from '../sdk/types.js';
import type { TimMessageConfig } from './actions-types.js';
import { createForward } from './forward.js';
import { createGroupReceipts } from './group-receipts.js';
import { createManage } from './manage.js';
import { createSender } from './send.js';
import { createSendKinds } from './send-kinds.js';
import { createThread, type ThreadState } from './thread.js';
import { toTimMessage } from './map-message.js';
import { createTyping } from './typing.js';
import { createLoadNewer } from './load-newer.js';
import type { TimMessage, TimMessages } from './types.js';

/** One entry of MESSAGE_READ_RECEIPT_RECEIVED: C2C entries name the user, group ones count. */
interface SdkReceipt {
  messageID?: string;
  conversationID?: string;
  userID?: string;
  groupID?: string;
  isPeerRead?: boolean;
  readCount?: number;
  unreadCount?: number;
}

export function createMessages(ctx: CoreContext): {
  api: TimMessages;
  handlers: SdkEventHandlers;
  config(): TimMessageConfig;
  /** Empties a thread whose history was deleted (conversation removed or cleared). */
  clearThread(conversationID: string): void;
  /** The typing indicator's listener: it must see the signals the other handlers never get. */
  typingHandlers: SdkEventHandlers;
  /** Clears the typing indicator's timers (core.destroy). */
  dispose(): void;
} {
  const threads = new Map<string, ThreadState>();
  let config: TimMessageConfig = { enableReadReceipt: false, enableAutoReport: true };
  // Threads outlive a logout (an app may hold them); they are emptied instead of dropped.
  ctx.onSessionReset(() => {
    for (const state of threads.values()) state.reset();
  });

  function threadState(conversationID: string, operation: string): ThreadState {
    parseConversationID(conversationID, operation);
    let state = threads.get(conversationID);
    if (!state) {
      state = createThread(ctx, conversationID);
      threads.set(conversationID, state);
      receipts.watch(state);
      ctx.threadCreated(state);
    }
    return state;
  }
  const threadIfOpen = (conversationID: string) => threads.get(conversationID);

  const sender = createSender(ctx, threadState, threadIfOpen, () => config.enableReadReceipt);
  const kinds = createSendKinds(ctx.chat, sender);
  const manage = createManage(ctx, { threadIfOpen });
  const forwarding = createForward(
    ctx,
    sender,
    (conversationID, id) => {
      const found = threads.get(conversationID)?.sdkMessage(id) ?? ctx.chat.findMessage(id);
      return found && found.conversationID === conversationID ? found : undefined;
    },
    (conversationID, id) =>
      threads
        .get(conversationID)
        ?.thread.$messages.get()
        .findIndex((m) => m.id === id) ?? -1,
  );
  const typing = createTyping(ctx);
  const receipts = createGroupReceipts(ctx, (conversationID, id) => {
    const found = threads.get(conversationID)?.sdkMessage(id) ?? ctx.chat.findMessage(id);
    return found && found.conversationID === conversationID ? found : undefined;
  });

  async function markRead(conversationID: string): Promise<void> {
    const op = 'messages.markRead';
    parseConversationID(conversationID, op);
    ctx.requireLogin(op);
    try {
      await ctx.chat.setMessageRead({ conversationID });
    } catch (error) {
      throw toTimError(error, op);
    }
    // Reading a conversation answers the receipts its shown messages asked for (the seed's
    // enableAutoReport); a failure there does not undo the read.
    if (config.enableAutoReport) {
      manage
        .autoReceipts(conversationID)
        .catch((error: unknown) => ctx.reportError(toTimError(error, op)));
    }
  }

  function forEachKnown(
    event: { data: unknown },
    apply: (state: ThreadState, message: SdkMessage) => void,
  ): void {
    if (!Array.isArray(event.data)) return;
    for (const message of event.data as SdkMessage[]) {
      const state = threads.get(message.conversationID);
      if (state) apply(state, message);
    }
  }

  function applyReceipts(event: { data: unknown }): void {
    if (!Array.isArray(event.data)) return;
    for (const receipt of event.data as SdkReceipt[]) {
      const conversationID =
        receipt.conversationID ??
        (receipt.groupID ? `GROUP${receipt.groupID}` : `C2C${receipt.userID ?? ''}`);
      const state = threads.get(conversationID);
      const id = receipt.messageID;
      const current = id === undefined ? undefined : state?.get(id);
      if (!state || !current || id === undefined) continue;
      const previous = current.readReceipt ?? { isPeerRead: false, readCount: 0, unreadCount: 0 };
      const isPeerRead = previous.isPeerRead || receipt.isPeerRead === true;
      state.patch(id, {
        isPeerRead: current.isPeerRead || isPeerRead,
        readReceipt: {
          isPeerRead,
          readCount: receipt.readCount ?? previous.readCount,
          unreadCount: receipt.unreadCount ?? previous.unreadCount,
        },
      });
    }
  }

  // Listeners for every received / recalled batch, whether or not its thread was opened.
  const receivedListeners = new Set<(messages: TimMessage[]) => void>();
  const revokedListeners = new Set<(messages: TimMessage[]) => void>();
  function emit(listeners: Set<(messages: TimMessage[]) => void>, event: { data: unknown }): void {
    if (listeners.size === 0 || !Array.isArray(event.data) || event.data.length === 0) return;
    const batch = (event.data as SdkMessage[]).map((message) =>
      toTimMessage(message, { selfID: ctx.selfID() }),
    );
    for (const listener of listeners) listener(batch);
  }
  function addListener(
    listeners: Set<(messages: TimMessage[]) => void>,
    listener: (messages: TimMessage[]) => void,
    op: string,
  ): () => void {
    ctx.assertAlive(op);
    if (typeof listener !== 'function') throw invalidArgument(op, 'listener must be a function');
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }

  const handlers: SdkEventHandlers = {
    // Only threads that were opened grow; the rest fetch these messages with their first page.
    [SdkEvent.MESSAGE_RECEIVED]: (event) => {
      forEachKnown(event, (state, message) => {
        if (state.isTouched) state.receive(message);
      });
      emit(receivedListeners, event);
    },
    [SdkEvent.MESSAGE_REVOKED]: (event) => {
      forEachKnown(event, (state, message) => state.refresh(message));
      emit(revokedListeners, event);
    },
    [SdkEvent.MESSAGE_READ_BY_PEER]: (event) =>
      forEachKnown(event, (state, message) => state.refresh(message)),
    [SdkEvent.MESSAGE_MODIFIED]: (event) =>
      forEachKnown(event, (state, message) => state.refresh(message)),
    [SdkEvent.MESSAGE_READ_RECEIPT_RECEIVED]: applyReceipts,
  };

  return {
    api: {
      thread: (conversationID) => threadState(conversationID, 'messages.thread').thread,
      ...kinds,
      resend: (conversationID, messageID) => sender.resend(conversationID, messageID),
      cancelUpload: (conversationID, messageID) => sender.cancelUpload(conversationID, messageID),
      markRead,
      onReceived: (listener) => addListener(receivedListeners, listener, 'messages.onReceived'),
      onRevoked: (listener) => addListener(revokedListeners, listener, 'messages.onRevoked'),
      forward: forwarding.forward,
      openMerged: forwarding.openMerged,
      loadNewer: createLoadNewer(ctx, (conversationID, id) => {
        const found = threads.get(conversationID)?.sdkMessage(id) ?? ctx.chat.findMessage(id);
        return found && found.conversationID === conversationID ? found : undefined;
      }).loadNewer,
      revoke: manage.revoke,
      deleteMessages: manage.deleteMessages,
      sendReadReceipt: manage.sendReadReceipt,
      readMembers: receipts.readMembers,
      ...typing.api,
      configure(change) {
        ctx.assertAlive('messages.configure');
        const next = { ...config };
        for (const key of ['enableReadReceipt', 'enableAutoReport'] as const) {
          const value = change?.[key];
          if (value !== undefined) next[key] = Boolean(value);
        }
        config = next;
        return { ...config };
      },
    },
    handlers,
    config: () => config,
    clearThread: (conversationID) => threads.get(conversationID)?.reset(),
    typingHandlers: typing.handlers,
    dispose: typing.dispose,
  };
}
