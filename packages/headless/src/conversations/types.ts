import type { ReadableAtom } from 'nanostores';
import type { TimLoadState } from '../internal/load-state.js';
import type { TimConversationMentions } from '../messages/mentions.js';

export interface TimLastMessage {
  /** One line for a list row: the text, or "[Image]", "[File] name", "[Message recalled]"... */
  preview: string;
  /** ms since the epoch */
  time: number;
  senderID: string;
  fromSelf: boolean;
  /**
   * For a group tip: its SDK payload, so a UI in another language can write the line itself with
   * describeGroupTip(tipPayload, words). Absent for other messages.
   */
  tipPayload?: unknown;
  /** For the SDK's own "group created" message: who created the group (see TimCustomContent). */
  groupCreatedBy?: string;
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
  /** Unsent input saved with setDraft ('' when none). */
  draft: string;
  /** Groups: an unread message mentions me / everyone; both clear when the conversation is read. */
  mentions: TimConversationMentions;
}

/** Actions on one conversation; the list store reflects their effect. */
export interface TimConversationActions {
  /** One conversation, fetched from the SDK even if it is not in the loaded list. */
  getConversation(conversationID: string): Promise<TimConversation>;
  /**
   * Removes the conversation from the list. Its history is deleted too (for this user) unless
   * `keepMessages` is true, in which case it reappears with its history on the next message.
   */
  remove(conversationID: string, options?: { keepMessages?: boolean }): Promise<void>;
  /** Pinned conversations come first in $conversations. */
  setPinned(conversationID: string, isPinned: boolean): Promise<void>;
  pin(conversationID: string): Promise<void>;
  unpin(conversationID: string): Promise<void>;
  /**
   * Muted conversations still receive messages and show their own unread count, but are left out
   * of $totalUnread (C2C: per-peer do-not-disturb; groups: the receive option).
   */
  setMuted(conversationID: string, muted: boolean): Promise<void>;
  /** Saves unsent input for a conversation ('' clears it); shown as TimConversation.draft. */
  setDraft(conversationID: string, text: string): Promise<void>;
  getDraft(conversationID: string): string;
  /** Deletes the history of a listed conversation for this user; the row stays. */
  clearHistory(conversationID: string): Promise<void>;
  /** Marks every conversation read. */
  markAllRead(): Promise<void>;
}

export interface TimConversations extends TimConversationActions {
  /** Pinned first, then by last message time, newest first. */
  $conversations: ReadableAtom<readonly TimConversation[]>;
  $activeConversationID: ReadableAtom<string | null>;
  /** Unread messages over all conversations, excluding muted ones and the system conversation. */
  $totalUnread: ReadableAtom<number>;
  /** 'cache' while $conversations shows the local cache (storage.initStorage), until the network answers. */
  $source: ReadableAtom<'cache' | 'network'>;
  /** Whether the first list of this session arrived: `'pending'` until then, `'failed'` if fetching it failed. */
  $loadState: ReadableAtom<TimLoadState>;
  /** Opening a conversation marks it read while the page is visible (and again as messages arrive). */
  setActive(conversationID: string | null): void;
  refresh(): Promise<void>;
}
