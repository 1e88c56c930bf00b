// SDK Conversation -> TimConversation. The SDK re-emits its whole list on every change; mapping
// reuses the previous object when nothing in a row changed, so list renderers can skip it.
import {
  REVOKED_PREVIEW,
  describeContent,
  groupCreatedBy,
  messageKind,
} from '../internal/message-content.js';
import { SdkType, type SdkConversation } from '../sdk/types.js';
import type { TimConversation, TimLastMessage } from './types.js';
import { NO_CONVERSATION_MENTIONS, conversationMentions } from '../messages/mentions.js';

/** The fields of `Conversation.lastMessage` the core reads (the SDK types it as any). */
interface SdkLastMessage {
  lastTime?: number;
  fromAccount?: string;
  type?: string;
  payload?: unknown;
  messageForShow?: string;
  isRevoked?: boolean;
}

export function toTimConversation(conversation: SdkConversation, selfID: string): TimConversation {
  const type = conversationType(conversation.type);
  const user = conversation.userProfile as Partial<SdkConversation['userProfile']> | undefined;
  const group = conversation.groupProfile as Partial<SdkConversation['groupProfile']> | undefined;
  let peerID = '';
  let name = 'System';
  let avatar = '';
  if (type === 'C2C') {
    peerID = user?.userID || conversation.conversationID.slice('C2C'.length);
    name = conversation.remark || user?.nick || peerID;
    avatar = user?.avatar ?? '';
  } else if (type === 'GROUP') {
    peerID = group?.groupID || conversation.conversationID.slice('GROUP'.length);
    name = group?.name || peerID;
    avatar = group?.avatar ?? '';
  }
  const remind = conversation.messageRemindType as string | undefined;
  return {
    conversationID: conversation.conversationID,
    type,
    peerID,
    name,
    avatar,
    unreadCount: conversation.unreadCount ?? 0,
    lastMessage: lastMessage(conversation.lastMessage as SdkLastMessage | null | undefined, selfID),
    isPinned: Boolean(conversation.isPinned),
    // The SDK's own total unread count skips exactly these remind types; we agree with it.
    isMuted: Boolean(remind) && remind !== SdkType.MSG_REMIND_ACPT_AND_NOTE,
    draft: conversation.draftText ?? '',
    mentions: conversationMentions(conversation.groupAtInfoList),
  };
}

function conversationType(type: unknown): TimConversation['type'] {
  if (type === SdkType.CONV_C2C) return 'C2C';
  if (type === SdkType.CONV_SYSTEM) return 'SYSTEM';
  return 'GROUP'; // GROUP, and community TOPIC conversations, which live under a group
}

function lastMessage(
  last: SdkLastMessage | null | undefined,
  selfID: string,
): TimLastMessage | null {
  if (!last || (!last.type && !last.lastTime)) return null;
  const kind = messageKind(last.type);
  let preview: string;
  if (last.isRevoked) preview = REVOKED_PREVIEW;
  // Tips get our readable text ("bob joined the group") when the payload is there; the SDK's own
  // messageForShow for them is only a bracketed label.
  else if (kind === 'group-tip' || kind === 'group-system') {
    preview = last.payload ? describeContent(kind, last.payload) : last.messageForShow || '';
    if (preview === '') preview = describeContent(kind, null);
  } else if (kind === 'unknown') {
    preview = last.messageForShow || describeContent(kind, last.payload);
  } else preview = describeContent(kind, last.payload);
  const senderID = last.fromAccount ?? '';
  const creator = kind === 'custom' && !last.isRevoked ? groupCreatedBy(last.payload) : undefined;
  return {
    preview,
    time: (last.lastTime ?? 0) * 1000,
    senderID,
    fromSelf: selfID !== '' && senderID === selfID,
    ...(kind === 'group-tip' && !last.isRevoked && last.payload
      ? { tipPayload: last.payload }
      : {}),
    ...(creator !== undefined ? { groupCreatedBy: creator } : {}),
  };
}

export function sameConversation(a: TimConversation, b: TimConversation): boolean {
  for (const key of Object.keys(a) as Array<keyof TimConversation>) {
    if (key === 'lastMessage') continue;
    if (key === 'mentions') {
      // Rows from an older local cache may lack mentions.
      const [x, y] = [
        a.mentions ?? NO_CONVERSATION_MENTIONS,
        b.mentions ?? NO_CONVERSATION_MENTIONS,
      ];
      if (x.me !== y.me || x.all !== y.all) return false;
      continue;
    }
    if (a[key] !== b[key]) return false;
  }
  const x = a.lastMessage;
  const y = b.lastMessage;
  if (x === null || y === null) return x === y;
  return (
    x.preview === y.preview &&
    x.time === y.time &&
    x.senderID === y.senderID &&
    x.fromSelf === y.fromSelf
  );
}

/** Pinned first, then newest last message first; conversations without messages last. */
export function compareConversations(a: TimConversation, b: TimConversation): number {
  if (a.isPinned !== b.isPinned) return a.isPinned ? -1 : 1;
  return (b.lastMessage?.time ?? -1) - (a.lastMessage?.time ?? -1);
}
