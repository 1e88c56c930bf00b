import { html, type TemplateResult } from 'lit';

// http(s) links and bare www. hosts; trailing punctuation stays text ("see https://a.b/c.").
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"']+[^\s<>"'.,;:!?)\]}]/gi;

/**
 * A text message as text nodes and links. Nothing is parsed as HTML: lit puts every piece in a
 * text node, so `<img src=x onerror=...>` is shown as the characters the sender typed.
 */
export function renderText(text: string): Array<string | TemplateResult> {
  const parts: Array<string | TemplateResult> = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const start = match.index ?? 0;
    if (start > last) parts.push(text.slice(last, start));
    const raw = match[0];
    const href = raw.toLowerCase().startsWith('www.') ? `https://${raw}` : raw;
    parts.push(
      html`<a part="link" href=${href} target="_blank" rel="noopener noreferrer">${raw}</a>`,
    );
    last = start + raw.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
