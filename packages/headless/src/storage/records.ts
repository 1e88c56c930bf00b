// What a cached message looks like in IndexedDB: the TimMessage the app saw, plus the server's
// sequence so messages sent in the same second keep their order.
import type { TimMessage } from '../messages/types.js';
import type { SdkMessage } from '../sdk/types.js';

export type CachedMessage = TimMessage & { seq: number };

export function toRecord(message: TimMessage, sdk: SdkMessage | undefined): CachedMessage {
  const {
    error: _error,
    progress: _progress,
    ...rest
  } = message as TimMessage & {
    progress?: number;
  };
  const seq = (sdk as { sequence?: unknown } | undefined)?.sequence;
  return { ...rest, seq: typeof seq === 'number' && Number.isFinite(seq) ? seq : 0 };
}

export function fromRecord(record: CachedMessage): TimMessage {
  const { seq: _seq, ...message } = record;
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
