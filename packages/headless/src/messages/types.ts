import type { ReadableAtom } from 'nanostores';
import type { TimMessageContent } from './content-types.js';
import type { TimMessageActions } from './actions-types.js';
import type { TimForwardActions } from './forward-types.js';
import type { TimMentionTarget, TimMessageMentions } from './mentions.js';
import type { TimTypingActions } from './typing.js';
import type { TimNewerActions } from './load-newer.js';

export type MessageStatus = 'sending' | 'sent' | 'failed';
export type MessageKind =
  | 'text'
  | 'image'
  | 'sound'
  | 'video'
  | 'file'
  | 'face'
  | 'location'
  | 'custom'
  | 'merger'
  | 'group-tip'
  | 'group-system'
  | 'unknown';

export interface TimMessage {
  /** The SDK message ID: the same while sending and once sent. */
  id: string;
  conversationID: string;
  from: string;
  nick: string;
  avatar: string;
  fromSelf: boolean;
  /** ms since the epoch */
  time: number;
  status: MessageStatus;
  kind: MessageKind;
  /**
   * The text for 'text', a sentence for group tips and notices ("bob joined the group"),
   * otherwise a short description such as "[Image]".
   */
  text: string;
  /** Typed content; switch on `content.kind` (always equal to `kind`). */
  content: TimMessageContent;
  /** The SDK payload as-is (kept for compatibility; prefer `content`). */
  payload: unknown;
  isRevoked: boolean;
  /** C2C: the peer has read this message (or everything up to it). */
  isPeerRead: boolean;
  /** The sender asked for a read receipt. */
  needReadReceipt: boolean;
  /** Set when needReadReceipt: C2C uses isPeerRead, groups the counts. */
  readReceipt: TimReadReceipt | null;
  /** The sender's cloudCustomData string ('' when none). */
  cloudCustomData: string;
  /** Group @-mentions: named user IDs, @all, and whether it names the logged-in user. */
  mentions: TimMessageMentions;
  /** Upload progress 0..1 of an image/sound/video/file we send; absent otherwise. */
  progress?: number;
  /** Set when status === 'failed'. */
  error?: { code: number; message: string };
}

export interface TimReadReceipt {
  isPeerRead: boolean;
  /** Group members who read it. */
  readCount: number;
  /** Group members who have not read it yet. */
  unreadCount: number;
}

/** One per conversation, created lazily and cached. */
export interface MessageThread {
  readonly conversationID: string;
  /** Oldest first. */
  $messages: ReadableAtom<readonly TimMessage[]>;
  /** No older history left. */
  $isComplete: ReadableAtom<boolean>;
  $isLoading: ReadableAtom<boolean>;
  /** 'cache' while $messages shows the local cache (storage.initStorage), until the network answers. */
  $source: ReadableAtom<'cache' | 'network'>;
  /** 15 per page; the first call loads the newest page. */
  loadOlder(): Promise<void>;
}

export interface TimMessages
  extends TimMessageActions, TimForwardActions, TimTypingActions, TimNewerActions {
  thread(conversationID: string): MessageThread;
  /** Adds a 'sending' entry at once, then marks it 'sent' or 'failed'; rejects with a TimError. */
  sendText(conversationID: string, text: string, options?: TimTextSendOptions): Promise<TimMessage>;
  /** Retries a 'failed' message (media is uploaded again) with the options of the first send. */
  resend(conversationID: string, messageID: string): Promise<TimMessage>;
  markRead(conversationID: string): Promise<void>;
  /** Calls `listener` with every batch of messages the SDK receives (any conversation, opened or not). */
  onReceived(listener: (messages: TimMessage[]) => void): () => void;
  /** Calls `listener` with every batch of messages recalled by their sender (any conversation). */
  onRevoked(listener: (messages: TimMessage[]) => void): () => void;
}

/** Options every send action takes. */
export interface TimSendOptions {
  /**
   * Deliver only to recipients online right now; the server stores nothing and sends no push
   * (the seed's onlineMessage). Useful for "typing..." style signals.
   */
  onlineOnly?: boolean;
  /** What an offline recipient's push notification shows. */
  offlinePush?: TimOfflinePush;
  /** Ask the recipient to send a read receipt (see sendReadReceipt). */
  needReadReceipt?: boolean;
  /** A string stored with the message and delivered to recipients (e.g. JSON for quotes). */
  cloudCustomData?: string;
}

export interface TimOfflinePush {
  title?: string;
  description?: string;
  /** Passed through to the push payload. */
  extension?: string;
  /** Send no push for this message. */
  disablePush?: boolean;
}

/** sendText's options: the common ones plus group @-mentions. */
export interface TimTextSendOptions extends TimSendOptions {
  /**
   * Group conversations only: user IDs to mention, `'all'`, or `{ userIDs, all: true }`. Up to 100
   * distinct non-empty IDs; anything else rejects with INVALID_ARGUMENT before sending. The text
   * itself should contain the "@Name" the reader sees; the IDs drive notifications.
   */
  mentions?: TimMentionTarget;
}
