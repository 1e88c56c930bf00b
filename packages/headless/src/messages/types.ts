import type { ReadableAtom } from 'nanostores';

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
  /** The text for 'text', otherwise a short description such as "[Image]". */
  text: string;
  /** The SDK payload as-is, for renderers of other kinds. */
  payload: unknown;
  isRevoked: boolean;
  isPeerRead: boolean;
  /** Set when status === 'failed'. */
  error?: { code: number; message: string };
}

/** One per conversation, created lazily and cached. */
export interface MessageThread {
  readonly conversationID: string;
  /** Oldest first. */
  $messages: ReadableAtom<readonly TimMessage[]>;
  /** No older history left. */
  $isComplete: ReadableAtom<boolean>;
  $isLoading: ReadableAtom<boolean>;
  /** 15 per page; the first call loads the newest page. */
  loadOlder(): Promise<void>;
}

export interface TimMessages {
  thread(conversationID: string): MessageThread;
  /** Adds a 'sending' entry at once, then marks it 'sent' or 'failed'; rejects with a TimError. */
  sendText(conversationID: string, text: string): Promise<TimMessage>;
  resend(conversationID: string, messageID: string): Promise<TimMessage>;
  markRead(conversationID: string): Promise<void>;
}
