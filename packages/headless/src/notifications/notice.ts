// What a Web Notification says for one incoming message, and the seed's `noticeclicked` payload
// for it. Kept apart from the decision whether to show one at all (notifications.ts).
import type { TimConversation } from '../conversations/types.js';
import { describeContent, messageKind } from '../internal/message-content.js';
import type { SdkMessage } from '../sdk/types.js';
import type { NoticeClickedEvent, TimNotificationSettings } from './types.js';

export interface Notice {
  conversationID: string;
  isGroup: boolean;
  title: string;
  body: string;
  icon: string;
}

/** Kinds that are not something a person said, so they never interrupt anyone. */
const SILENT_KINDS = new Set(['group-tip', 'group-system']);

export function noticeFor(message: SdkMessage, row: TimConversation | undefined): Notice | null {
  const kind = messageKind(message.type);
  if (SILENT_KINDS.has(kind) || message.isRevoked) return null;
  const isGroup = message.conversationType === 'GROUP';
  if (!isGroup && message.conversationType !== 'C2C') return null;
  const preview = describeContent(kind, message.payload);
  const sender = message.nameCard || message.nick || message.from || '';
  if (isGroup) {
    return {
      conversationID: message.conversationID,
      isGroup,
      title: row?.name || message.to || '',
      body: sender === '' ? preview : `${sender}: ${preview}`,
      icon: row?.avatar ?? '',
    };
  }
  return {
    conversationID: message.conversationID,
    isGroup,
    // The conversation's name honours a remark the user gave this contact.
    title: row?.name || sender,
    body: preview,
    icon: row?.avatar || message.avatar || '',
  };
}

export function clickedEvent(
  message: SdkMessage,
  notice: Notice,
  settings: TimNotificationSettings,
  selfID: string,
  badge: number,
): NoticeClickedEvent {
  const sound = (notice.isGroup ? (settings.groupSound ?? settings.sound) : settings.sound) ?? '';
  const value: NoticeClickedEvent['value'] = {
    localNotification: false,
    aps: { alert: { body: notice.body }, badge, sound: sound || 'default' },
    // The sender's push extension does not reach an online client, so there is none to pass on.
    e: '',
    f: message.from ?? '',
    t: selfID,
    m: message.ID,
  };
  if (notice.isGroup) value.g = message.to;
  return { type: 1, value };
}
