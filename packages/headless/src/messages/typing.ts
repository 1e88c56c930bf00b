// The C2C typing indicator: setTyping sends throttled online-only signals to the peer, and
// $typing says which peers are typing to us right now. Signals never become messages (see
// typing-signal.ts for the filter that keeps them out of every other domain).
import type { ReadableAtom } from 'nanostores';
import { invalidArgument, toTimError } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import { parseConversationID } from '../internal/conversation-id.js';
import type { SdkEventHandlers } from '../sdk/events.js';
import { SdkEvent, SdkType, type ChatSDK, type SdkMessage } from '../sdk/types.js';
import { readTypingSignal, typingSignalData } from './typing-signal.js';

/** While typing continues, at most one "typing" signal per this many ms. */
export const TYPING_SIGNAL_INTERVAL_MS = 3_000;
/** A peer counts as typing for this long after its last signal, unless it stops sooner. */
export const TYPING_EXPIRY_MS = 5_000;

export interface TimTypingActions {
  /**
   * C2C only (INVALID_ARGUMENT for groups). `true` on every input is fine: a "typing" signal
   * goes out at most once per 3 s; `false` (sent, input emptied, conversation left) sends
   * "stopped" once if "typing" was sent. Signals are online-only: not stored, no unread, no push.
   */
  setTyping(conversationID: string, typing: boolean): Promise<void>;
  /**
   * C2C conversation IDs whose peer is typing to us. An entry leaves on the peer's "stopped"
   * signal, on a real message from the peer, or 5 s after the last signal.
   */
  $typing: ReadableAtom<Readonly<Record<string, boolean>>>;
}

type CreateOptions = Parameters<ChatSDK['createCustomMessage']>[0];

export function createTyping(ctx: CoreContext): {
  api: TimTypingActions;
  handlers: SdkEventHandlers;
  dispose(): void;
} {
  const typing = ctx.store<Readonly<Record<string, boolean>>>({});
  const expiry = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per conversation: when our last "typing" signal went out (0: none since "stopped"). */
  const lastSent = new Map<string, number>();

  function setPeer(conversationID: string, on: boolean): void {
    const timer = expiry.get(conversationID);
    if (timer !== undefined) clearTimeout(timer);
    expiry.delete(conversationID);
    if (on) {
      expiry.set(
        conversationID,
        setTimeout(() => setPeer(conversationID, false), TYPING_EXPIRY_MS),
      );
    }
    const current = typing.get();
    if (Boolean(current[conversationID]) === on) return;
    const next = { ...current };
    if (on) next[conversationID] = true;
    else delete next[conversationID];
    typing.set(next);
  }

  function clearAll(): void {
    for (const timer of expiry.values()) clearTimeout(timer);
    expiry.clear();
    lastSent.clear();
    if (Object.keys(typing.get()).length > 0) typing.set({});
  }
  ctx.onSessionReset(clearAll);

  async function send(conversationID: string, peerID: string, on: boolean, op: string) {
    try {
      const message = ctx.chat.createCustomMessage({
        to: peerID,
        conversationType: SdkType.CONV_C2C,
        payload: { data: typingSignalData(on), description: '', extension: '' },
      } as unknown as CreateOptions);
      await ctx.chat.sendMessage(message, { onlineUserOnly: true });
    } catch (error) {
      // Not sent: the next input tries again instead of waiting out the interval.
      if (on) lastSent.delete(conversationID);
      throw toTimError(error, op);
    }
  }

  async function setTyping(conversationID: string, on: boolean): Promise<void> {
    const op = 'messages.setTyping';
    const target = parseConversationID(conversationID, op);
    if (target.type !== 'C2C') {
      throw invalidArgument(op, 'the typing indicator is for C2C conversations only');
    }
    if (typeof on !== 'boolean') throw invalidArgument(op, 'typing must be a boolean');
    ctx.requireLogin(op);
    const last = lastSent.get(conversationID);
    if (on) {
      if (last !== undefined && Date.now() - last < TYPING_SIGNAL_INTERVAL_MS) return;
      lastSent.set(conversationID, Date.now());
    } else {
      // Nothing to take back when the peer was never told we type.
      if (last === undefined) return;
      lastSent.delete(conversationID);
    }
    await send(conversationID, target.peerID, on, op);
  }

  const handlers: SdkEventHandlers = {
    // Registered without the signal filter: this is the one place that reads the signals.
    [SdkEvent.MESSAGE_RECEIVED]: (event) => {
      if (!Array.isArray(event.data)) return;
      const self = ctx.selfID();
      for (const message of event.data as SdkMessage[]) {
        // Our own signals from another device say nothing about the peer.
        if (message.conversationType !== SdkType.CONV_C2C || message.from === self) continue;
        const signal = readTypingSignal(message);
        // A real message from the peer ends its typing.
        setPeer(message.conversationID, signal === true);
      }
    },
  };

  return {
    api: { setTyping, $typing: typing.$ },
    handlers,
    dispose: clearAll,
  };
}
