import { html, type TemplateResult } from 'lit';

/** Up to two letters for an avatar: "Alice Liu" -> "AL", "bob" -> "B", "张三" -> "张". */
export function initials(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') return '?';
  const words = trimmed.split(/[\s._-]+/).filter((w) => w !== '');
  const first = [...(words[0] ?? trimmed)][0] ?? '?';
  if (first.codePointAt(0)! > 0x24f) return first; // CJK and other scripts: one character
  const second = words.length > 1 ? ([...(words[words.length - 1] ?? '')][0] ?? '') : '';
  return (first + second).toUpperCase();
}

/** A stable hue (0-359) per ID, so the same person keeps the same colour. */
export function avatarHue(id: string): number {
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return hash % 360;
}

/** An avatar image, or the initials on a coloured disc when there is no image URL. */
export function renderAvatar(
  id: string,
  name: string,
  url: string,
  part = 'avatar',
): TemplateResult {
  return html`<span
    part=${part}
    class="avatar"
    aria-hidden="true"
    style="--tim-avatar-hue: ${avatarHue(id)}"
    >${
      url
        ? html`<img src=${url} alt="" loading="lazy" />`
        : html`<span class="initials">${initials(name)}</span>`
    }</span
  >`;
}
