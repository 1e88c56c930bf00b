// SDK Message objects are mutable and reused by the SDK; the core hands out frozen-in-time
// snapshots instead, so a store update is the only way a row changes.
import { describeContent, messageKind } from '../internal/message-content.js';
import type { SdkMessage } from '../sdk/types.js';
import type { MessageStatus, TimMessage } from './types.js';

const statusBySdk: Record<string, MessageStatus> = {
  unSend: 'sending',
  success: 'sent',
  fail: 'failed',
};

export interface MessageOverrides {
  status?: MessageStatus;
  error?: { code: number; message: string };
}

export function toTimMessage(message: SdkMessage, overrides: MessageOverrides = {}): TimMessage {
  const kind = messageKind(message.type);
  const status = overrides.status ?? statusBySdk[message.status] ?? 'sent';
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
    text: describeContent(kind, message.payload),
    payload: message.payload,
    isRevoked: Boolean(message.isRevoked),
    isPeerRead: Boolean(message.isPeerRead),
  };
  if (status === 'failed' && overrides.error) mapped.error = overrides.error;
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
