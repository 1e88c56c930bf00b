// Types of forwarding (messages.forward) and of opening a merged "chat history" message
// (messages.openMerged).
import type { TimMessageContent } from './content-types.js';
import type { MessageKind, TimMessage, TimSendOptions } from './types.js';

/** Which message to forward: a TimMessage from a thread fits. */
export interface TimMessageRef {
  conversationID: string;
  id: string;
}

export interface TimForwardOptions extends TimSendOptions {
  /**
   * Send one merged "chat history" message (the SDK's createMergerMessage) instead of one
   * message per original (createForwardMessage). Default false.
   */
  merged?: boolean;
  /** Merged only: the title the receiver sees. Default 'Chat history'. */
  title?: string;
  /** Merged only: what clients that cannot show merged messages display. */
  compatibleText?: string;
}

export interface TimForwardFailure {
  /** The target conversation. */
  conversationID: string;
  /** The failed entry in that thread (resend works on it), '' when none was created. */
  messageID: string;
  error: { code: number; message: string };
}

export interface TimForwardResult {
  /** The new messages, as sent, in target order then original order. */
  sent: TimMessage[];
  /** Sends the server or network refused; the other sends went on. */
  failed: TimForwardFailure[];
}

/** One message inside a merged message. */
export interface TimMergedMessage {
  id: string;
  /** The original sender. */
  from: string;
  nick: string;
  avatar: string;
  /** ms since the epoch: when the original was sent. */
  time: number;
  kind: MessageKind;
  /** The text for 'text', otherwise a short description such as "[Image]". */
  text: string;
  /** Typed content; a nested merged message has kind 'merger' (its title and abstract). */
  content: TimMessageContent;
}

export interface TimForwardActions {
  /**
   * Forwards sent messages to one or more conversations: one by one (each keeps its kind and
   * content; the sender becomes the user; 30 at most) or, with `merged: true`, as one "chat
   * history" message (300 at most). Each new message shows in its target thread as 'sending' at
   * once, like any send. Bad input rejects before any network call (INVALID_ARGUMENT; group
   * tips and notices 2453); afterwards it resolves with what was sent and what failed.
   */
  forward(
    targets: string | readonly string[],
    messages: readonly TimMessageRef[],
    options?: TimForwardOptions,
  ): Promise<TimForwardResult>;
  /**
   * The messages inside a merged message of a thread, oldest first; downloads them from the
   * server when the message was too large to carry them (the SDK's downloadMergerMessage).
   */
  openMerged(conversationID: string, messageID: string): Promise<TimMergedMessage[]>;
}
