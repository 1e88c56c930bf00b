import { html, nothing, type TemplateResult } from 'lit';
import type { TimStrings } from '../internal/i18n.js';

/**
 * The modal that shows an image large. The chat opens it with showModal (so focus moves into it
 * and Escape closes it); a click on the backdrop or Close closes it too.
 */
export function renderImageDialog(
  url: string | null,
  t: TimStrings,
  onClosed: () => void,
): TemplateResult {
  const close = (event: Event) => {
    (event.currentTarget as HTMLElement).closest('dialog')?.close();
  };
  return html`<dialog
    part="image-dialog"
    class="image-dialog"
    aria-label=${t.imageAlt}
    @close=${onClosed}
    @click=${(e: Event) => e.target === e.currentTarget && (e.currentTarget as HTMLDialogElement).close()}
  >
    ${
      url
        ? html`<img src=${url} alt=${t.imageAlt} />
            <button type="button" class="button" @click=${close}>${t.close}</button>`
        : nothing
    }
  </dialog>`;
}
