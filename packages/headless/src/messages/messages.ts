// Sending, resending, reading and the per-conversation threads. A sent message appears in its
// thread at once as 'sending' and the same entry turns 'sent' or 'failed', so the UI never shows
// a gap or a duplicate while the server answers.
import { invalidArgument, toTimError } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import { parseConversationID } from '../internal/conversation-id.js';
import type { SdkEventHandlers } from '../sdk/events.js';
import { SdkEvent, type SdkMessage, type SdkResponse } from '../sdk/types.js';
import { createThread, type ThreadState } from './thread.js';
import type { TimMessage, TimMessages } from './types.js';
import { validateText } from './validate.js';

export function createMessages(ctx: CoreContext): { api: TimMessages; handlers: SdkEventHandlers } {
  const threads = new Map<string, ThreadState>();
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
    }
    return state;
  }

  async function deliver(
    state: ThreadState,
    message: SdkMessage,
    send: () => Promise<unknown>,
    operation: string,
  ): Promise<TimMessage> {
    const id = message.ID;
    try {
      const reply = (await send()) as SdkResponse<{ message?: SdkMessage }> | undefined;
      return state.settle(id, reply?.data?.message ?? message, { status: 'sent' });
    } catch (cause) {
      const error = toTimError(cause, operation);
      state.settle(id, message, {
        status: 'failed',
        error: { code: error.code, message: error.message },
      });
      throw error;
    }
  }

  async function sendText(conversationID: string, text: string): Promise<TimMessage> {
    const op = 'messages.sendText';
    const target = parseConversationID(conversationID, op);
    if (target.type === 'SYSTEM')
      throw invalidArgument(op, 'the system conversation does not accept messages');
    validateText(text, op);
    ctx.requireLogin(op);
    let message: SdkMessage;
    try {
      const created: unknown = ctx.chat.createTextMessage({
        to: target.peerID,
        conversationType: target.type as Parameters<
          typeof ctx.chat.createTextMessage
        >[0]['conversationType'],
        payload: { text },
      });
      // Before login the SDK returns a rejected promise instead of a Message. Only await then, so
      // the 'sending' entry below appears in the same tick as the call.
      message = isThenable(created) ? ((await created) as SdkMessage) : (created as SdkMessage);
    } catch (error) {
      throw toTimError(error, op);
    }
    const state = threadState(conversationID, op);
    state.appendOwn(message);
    return deliver(state, message, () => ctx.chat.sendMessage(message), op);
  }

  async function resend(conversationID: string, messageID: string): Promise<TimMessage> {
    const op = 'messages.resend';
    parseConversationID(conversationID, op);
    if (typeof messageID !== 'string' || messageID === '')
      throw invalidArgument(op, 'messageID must be a non-empty string');
    ctx.requireLogin(op);
    const state = threads.get(conversationID);
    const entry = state?.get(messageID);
    const message = state?.sdkMessage(messageID);
    if (!state || !entry || !message || entry.status !== 'failed') {
      throw invalidArgument(op, `there is no failed message "${messageID}" in ${conversationID}`);
    }
    state.settle(messageID, message, { status: 'sending' });
    return deliver(state, message, () => ctx.chat.resendMessage(message), op);
  }

  async function markRead(conversationID: string): Promise<void> {
    const op = 'messages.markRead';
    parseConversationID(conversationID, op);
    ctx.requireLogin(op);
    try {
      await ctx.chat.setMessageRead({ conversationID });
    } catch (error) {
      throw toTimError(error, op);
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

  const handlers: SdkEventHandlers = {
    // Only threads that were opened grow; the rest fetch these messages with their first page.
    [SdkEvent.MESSAGE_RECEIVED]: (event) =>
      forEachKnown(event, (state, message) => {
        if (state.isTouched) state.receive(message);
      }),
    [SdkEvent.MESSAGE_REVOKED]: (event) =>
      forEachKnown(event, (state, message) => state.refresh(message)),
    [SdkEvent.MESSAGE_READ_BY_PEER]: (event) =>
      forEachKnown(event, (state, message) => state.refresh(message)),
    [SdkEvent.MESSAGE_MODIFIED]: (event) =>
      forEachKnown(event, (state, message) => state.refresh(message)),
  };

  return {
    api: {
      thread: (conversationID) => threadState(conversationID, 'messages.thread').thread,
      sendText,
      resend,
      markRead,
    },
    handlers,
  };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
