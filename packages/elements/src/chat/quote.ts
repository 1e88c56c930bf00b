// Quote-replies ride in cloudCustomData in the shape TUIKit uses (`messageReply`), so replies
// made here show as quotes in Tencent's own UIs and the other way round.
import type { TimMessage } from '@tim-kit/headless';

export interface TimQuote {
  messageID: string;
  messageAbstract: string;
  messageSender: string;
  messageType: number;
  version: number;
}

const TYPE_BY_KIND: Partial<Record<TimMessage['kind'], number>> = {
  text: 1,
  custom: 2,
  image: 3,
  sound: 4,
  video: 5,
  file: 6,
  location: 7,
  face: 8,
  'group-tip': 9,
  merger: 10,
};

/** The cloudCustomData string of a reply to `message`. */
export function quoteData(message: TimMessage, sender: string): string {
  const quote: TimQuote = {
    messageID: message.id,
    messageAbstract: message.text.slice(0, 200),
    messageSender: sender,
    messageType: TYPE_BY_KIND[message.kind] ?? 1,
    version: 1,
  };
  return JSON.stringify({ messageReply: quote });
}

/** The quote a message carries, or null. Anything malformed is ignored. */
export function quoteOf(message: TimMessage): TimQuote | null {
  if (!message.cloudCustomData.includes('messageReply')) return null;
  try {
    const parsed = JSON.parse(message.cloudCustomData) as { messageReply?: Partial<TimQuote> };
    const q = parsed.messageReply;
    if (!q || typeof q.messageAbstract !== 'string') return null;
    return {
      messageID: String(q.messageID ?? ''),
      messageAbstract: q.messageAbstract,
      messageSender: String(q.messageSender ?? ''),
      messageType: Number(q.messageType ?? 1),
      version: Number(q.version ?? 1),
    };
  } catch {
    return null;
  }
}
