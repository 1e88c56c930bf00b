import { describeGroupTip, type TimConversation } from '@tim-kit/headless';
import type { TimLang, TimStrings } from '../internal/i18n.js';
import { tipWords } from '../internal/locales/tips.js';

// The core writes previews in English ("[Image]", "[File] a.pdf", "[Message recalled]"); these
// are its labels, translated here so the list speaks the element's language.
const LABELS: Record<string, keyof TimStrings['preview']> = {
  '[Image]': 'image',
  '[Voice]': 'voice',
  '[Video]': 'video',
  '[File]': 'file',
  '[Sticker]': 'sticker',
  '[Location]': 'location',
  '[Custom]': 'custom',
  '[Chat history]': 'merger',
  '[Unsupported message]': 'unsupported',
};
const LABEL_PATTERN =
  /^(\[(?:Image|Voice|Video|File|Sticker|Location|Custom|Chat history|Unsupported message)\])(?: (.*))?$/s;
const REVOKED = '[Message recalled]';

/** The last message of a row in the element's language ("Mei recalled a message", "[图片]"). */
export function localizedPreview(c: TimConversation, t: TimStrings, lang: TimLang): string {
  const last = c.lastMessage;
  if (!last) return '';
  if (last.tipPayload !== undefined) return describeGroupTip(last.tipPayload, tipWords(lang));
  if (last.groupCreatedBy !== undefined) {
    const words = tipWords(lang);
    return words.created(last.groupCreatedBy || words.someone);
  }
  if (last.preview === REVOKED) {
    const who = last.fromSelf ? t.you : c.type === 'C2C' ? c.name : last.senderID;
    return t.recalledBy(who);
  }
  const match = LABEL_PATTERN.exec(last.preview);
  const key = match?.[1] ? LABELS[match[1]] : undefined;
  if (!match || !key) return last.preview;
  return match[2] ? `${t.preview[key]} ${match[2]}` : t.preview[key];
}

/** Case-insensitive match of a search query against a row's name, ID and preview. */
export function matchesQuery(c: TimConversation, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  return [c.name, c.peerID, c.lastMessage?.preview ?? ''].some((s) => s.toLowerCase().includes(q));
}
