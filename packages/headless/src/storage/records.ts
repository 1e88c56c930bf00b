// What a cached message looks like in IndexedDB: the TimMessage the app saw, plus the order it
// reached the cache in, so messages sent in the same second keep their order (message times are
// whole seconds, and a C2C sequence number is chosen by the sender, so neither can break ties).
import type { TimMessage } from '../messages/types.js';

export type CachedMessage = TimMessage & { order: number };

export function toRecord(message: TimMessage, order: number): CachedMessage {
  const {
    error: _error,
    progress: _progress,
    ...rest
  } = message as TimMessage & {
    progress?: number;
  };
  return { ...rest, order };
}

export function fromRecord(record: CachedMessage): TimMessage {
  const { order: _order, ...message } = record;
  return message;
}

/** The whole key range of one conversation in [conversationID, ...] keys (an array sorts last). */
export function conversationRange(conversationID: string, upper?: IDBValidKey[]): IDBKeyRange {
  return IDBKeyRange.bound(
    [conversationID],
    upper ?? [conversationID, []],
    false,
    upper !== undefined,
  );
}
