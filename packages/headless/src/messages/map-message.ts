// SDK Message objects are mutable and reused by the SDK; the core hands out frozen-in-time
// snapshots instead, so a store update is the only way a row changes.
import { describeContent, messageKind } from '../internal/message-content.js';
import type { SdkMessage } from '../sdk/types.js';
import { toContent } from './map-content.js';
import { messageMentions } from './mentions.js';
import type { MessageStatus, TimMessage, TimReadReceipt } from './types.js';

const statusBySdk: Record<string, MessageStatus> = {
  unSend: 'sending',
  success: 'sent',
  fail: 'failed',
};

export interface MessageOverrides {
  status?: MessageStatus;
  error?: { code: number; message: string };
  progress?: number;
  /** The logged-in user, for mentions.me ('' or absent: never me). */
  selfID?: string;
}

/** The SDK's readReceiptInfo; counts are undefined for C2C and isPeerRead for groups. */
interface SdkReadReceiptInfo {
  readCount?: number;
  unreadCount?: number;
  isPeerRead?: boolean;
}

function readReceipt(message: SdkMessage): TimReadReceipt | null {
  if (!message.needReadReceipt) return null;
  const info = (message.readReceiptInfo ?? {}) as SdkReadReceiptInfo;
  return {
    isPeerRead: Boolean(info.isPeerRead) || Boolean(message.isPeerRead),
    readCount: typeof info.readCount === 'number' ? info.readCount : 0,
    unreadCount: typeof info.unreadCount === 'number' ? info.unreadCount : 0,
  };
}

export function toTimMessage(message: SdkMessage, overrides: MessageOverrides = {}): TimMessage {
  const kind = messageKind(message.type);
  const status = overrides.status ?? statusBySdk[message.status] ?? 'sent';
  const content = toContent(kind, message.payload);
  const mapped: TimMessage = {
    id: message.ID,
    conversationID: message.conversationID,
    from: message.from ?? '',
    // In groups the member's name card is what other members expect to see.
    nick: message.nameCard || message.nick || '',
    avatar: message.avatar ?? '',
    fromSelf: message.flow === 'out',
    time: (message.time ?? 0) * 1000,
    status,
    kind,
    // Tips and notices read as sentences; other kinds as "[Image]", "[File] name"...
    text: 'text' in content ? content.text : describeContent(kind, message.payload),
    content,
    payload: message.payload,
    isRevoked: Boolean(message.isRevoked),
    isPeerRead: Boolean(message.isPeerRead),
    needReadReceipt: Boolean(message.needReadReceipt),
    readReceipt: readReceipt(message),
    cloudCustomData: message.cloudCustomData ?? '',
    mentions: messageMentions(
      (message as SdkMessage & { atUserList?: unknown }).atUserList,
      message.from ?? '',
      overrides.selfID ?? '',
    ),
  };
  if (status === 'failed' && overrides.error) mapped.error = overrides.error;
  if (overrides.progress !== undefined) mapped.progress = overrides.progress;
  return mapped;
}

/**
 * Keys that identify one message however it reached us. A message we sent can come back as a
 * push (other-device sync) with a different SDK ID but the same sender and random number.
 */
export function identityKeys(message: SdkMessage): string[] {
  const keys = [`id:${message.ID}`];
  const random = (message as SdkMessage & { random?: unknown }).random;
  if (typeof random === 'number' || (typeof random === 'string' && random !== '')) {
    keys.push(`rnd:${message.from ?? ''}|${String(random)}`);
  }
  return keys;
}
