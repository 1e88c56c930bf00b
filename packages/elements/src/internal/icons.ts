import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

// Small inline icons (24px grid, stroked with currentColor), so tool buttons look the same
// everywhere: emoji glyphs depend on the fonts a system happens to have.
const paths = {
  smile: svg`<circle cx="12" cy="12" r="9"/><path d="M8 14s1.5 2 4 2 4-2 4-2"/><path d="M9 9h.01M15 9h.01"/>`,
  image: svg`<rect x="3" y="4" width="18" height="16" rx="2"/><circle cx="9" cy="10" r="2"/><path d="m21 16-5-5-9 9"/>`,
  video: svg`<rect x="2" y="6" width="14" height="12" rx="2"/><path d="m16 10 6-3v10l-6-3z"/>`,
  paperclip: svg`<path d="m21 11-8.5 8.5a5 5 0 0 1-7-7L14 4a3.5 3.5 0 0 1 5 5l-8.5 8.5a2 2 0 0 1-3-3L15 7"/>`,
  mic: svg`<rect x="9" y="3" width="6" height="11" rx="3"/><path d="M5 11a7 7 0 0 0 14 0M12 18v3"/>`,
  stop: svg`<rect x="6" y="6" width="12" height="12" rx="1"/>`,
  location: svg`<path d="M12 21s-7-6.2-7-12a7 7 0 0 1 14 0c0 5.8-7 12-7 12z"/><circle cx="12" cy="9" r="2.5"/>`,
  pin: svg`<path d="M9 3h6l-1 6 4 4H6l4-4zM12 13v8"/>`,
  file: svg`<path d="M14 3H6a1 1 0 0 0-1 1v16a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8z"/><path d="M14 3v5h5"/>`,
  download: svg`<path d="M12 4v11m-5-5 5 5 5-5M5 20h14"/>`,
  more: svg`<path d="M6 12h.01M12 12h.01M18 12h.01" stroke-width="3"/>`,
  play: svg`<path d="M8 5v14l11-7z" fill="currentColor"/>`,
  close: svg`<path d="M6 6l12 12M18 6 6 18"/>`,
  arrowDown: svg`<path d="M12 5v14m-6-6 6 6 6-6"/>`,
} satisfies Record<string, SVGTemplateResult>;

export type IconName = keyof typeof paths;

/** A decorative icon: hidden from assistive technology (its button carries the label). */
export function icon(name: IconName, size = 20): TemplateResult {
  return html`<svg
    class="icon"
    width=${size}
    height=${size}
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    ${paths[name]}
  </svg>`;
}
