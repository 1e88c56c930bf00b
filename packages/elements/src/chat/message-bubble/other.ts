import { html, type TemplateResult } from 'lit';
import { icon } from '../../internal/icons.js';
import type {
  TimCustomContent,
  TimFaceContent,
  TimFileContent,
  TimLocationContent,
  TimMergerContent,
} from '@tim-kit/headless';
import { formatBytes } from '../../internal/format.js';
import type { TimLang, TimStrings } from '../../internal/i18n.js';

export function renderFile(c: TimFileContent, t: TimStrings, lang: TimLang): TemplateResult {
  return html`<span class="file">
    <span class="file-icon">${icon('file', 28)}</span>
    <span class="file-text">
      <span part="file-name" class="file-name">${c.name}</span>
      <span class="file-size">${formatBytes(c.size, lang)}</span>
    </span>
    ${
      c.url
        ? html`<a
            part="download"
            class="download"
            href=${c.url}
            download=${c.name}
            target="_blank"
            rel="noopener noreferrer"
            aria-label=${t.download(c.name)}
            >${icon('download')}</a
          >`
        : ''
    }
  </span>`;
}

/** Description and coordinates only: no third-party map tiles are loaded. */
export function renderLocation(
  c: TimLocationContent,
  t: TimStrings,
  lang: TimLang,
): TemplateResult {
  const n = new Intl.NumberFormat(lang, { maximumFractionDigits: 6 });
  return html`<span class="location">
    ${icon('location')}
    <span class="location-text">
      <span class="location-name">${c.description || t.location}</span>
      <span class="coords">${n.format(c.latitude)}, ${n.format(c.longitude)}</span>
    </span>
  </span>`;
}

/** A sticker: an image when the app's data is an image URL, otherwise its number. */
export function renderFace(c: TimFaceContent, t: TimStrings): TemplateResult {
  if (/^https?:\/\//i.test(c.data)) {
    return html`<img
      class="face"
      src=${c.data}
      alt=${t.sticker(c.index)}
      width="96"
      height="96"
    />`;
  }
  return html`<span class="face-label">${t.preview.sticker} ${c.data || c.index}</span>`;
}

export function renderCustomDefault(c: TimCustomContent, t: TimStrings): TemplateResult {
  return html`<span class="custom">${c.description || t.preview.custom}</span>`;
}

export function renderMerger(
  c: TimMergerContent,
  t: TimStrings,
  open?: (trigger: HTMLElement) => void,
): TemplateResult {
  const inside = html`<strong class="merger-title">${c.title || t.chatHistory}</strong>
    ${c.abstractList.slice(0, 4).map((line) => html`<span class="merger-line">${line}</span>`)}`;
  if (!open) return html`<span class="merger">${inside}</span>`;
  // A button: activating it lists the messages inside (the chat's merged-message dialog).
  return html`<button
    type="button"
    part="merger-button"
    class="merger merger-button"
    aria-haspopup="dialog"
    @click=${(e: Event) => open(e.currentTarget as HTMLElement)}
  >
    ${inside}
  </button>`;
}
