import type { ReadableAtom } from 'nanostores';

export interface TimLastMessage {
  /** One line for a list row: the text, or "[Image]", "[File] name", "[Message recalled]"... */
  preview: string;
  /** ms since the epoch */
  time: number;
  senderID: string;
  fromSelf: boolean;
}

export interface TimConversation {
  /** 'C2Cbob' | 'GROUP@TGS#1' | '@TIM#SYSTEM' */
  conversationID: string;
  type: 'C2C' | 'GROUP' | 'SYSTEM';
  /** userID or groupID ('' for the system conversation) */
  peerID: string;
  /** remark > nick > userID; group name > groupID */
  name: string;
  /** URL or '' */
  avatar: string;
  unreadCount: number;
  lastMessage: TimLastMessage | null;
  isPinned: boolean;
  isMuted: boolean;
  draft: string;
}

export interface TimConversations {
  /** Pinned first, then by last message time, newest first. */
  $conversations: ReadableAtom<readonly TimConversation[]>;
  $activeConversationID: ReadableAtom<string | null>;
  /** Unread messages over all conversations, excluding muted ones and the system conversation. */
  $totalUnread: ReadableAtom<number>;
  /** Opening a conversation marks it read while the page is visible (and again as messages arrive). */
  setActive(conversationID: string | null): void;
  refresh(): Promise<void>;
}
