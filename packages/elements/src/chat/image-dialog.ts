import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
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

/** The image shown large, if any: opens the dialog modally once it is rendered. */
export class ImageDialogController implements ReactiveController {
  private url: string | null = null;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  open(url: string): void {
    this.show(url);
  }

  hostUpdated(): void {
    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>('.image-dialog');
    if (dialog && this.url && !dialog.open && dialog.isConnected) dialog.showModal();
  }

  render(t: TimStrings): TemplateResult {
    return renderImageDialog(this.url, t, () => this.show(null));
  }

  private show(url: string | null): void {
    if (url === this.url) return;
    this.url = url;
    this.host.requestUpdate();
  }
}
