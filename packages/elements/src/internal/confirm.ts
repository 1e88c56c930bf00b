// A modal confirmation before destructive actions, on the native <dialog>: showModal() traps the
// focus and Escape cancels; the focus goes back to the button that asked once it closes.
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { TimCoreElement } from './core-element.js';
import { relationStrings } from './relations-i18n.js';

interface Pending {
  message: string;
  confirmLabel: string;
  resolve: (confirmed: boolean) => void;
  returnFocus: HTMLElement | null;
}

/** The element that really has the focus, looking through shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

export class ConfirmController implements ReactiveController {
  private pending: Pending | null = null;

  constructor(private readonly host: TimCoreElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.confirm');
    if (this.pending && dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLButtonElement>('.cancel')?.focus();
    }
  }

  /** Asks the user; resolves true when they confirm, false on Cancel or Escape. */
  ask(message: string, confirmLabel: string): Promise<boolean> {
    this.pending?.resolve(false);
    return new Promise((resolve) => {
      this.pending = { message, confirmLabel, resolve, returnFocus: deepActiveElement() };
      this.host.requestUpdate();
    });
  }

  private close(confirmed: boolean): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.confirm')?.close();
    this.host.requestUpdate();
    pending.resolve(confirmed);
    if (pending.returnFocus?.isConnected) pending.returnFocus.focus();
  }

  render(): TemplateResult | typeof nothing {
    const pending = this.pending;
    if (!pending) return nothing;
    const t = relationStrings(this.host.timLang);
    return html`<dialog
      part="confirm-dialog"
      class="confirm"
      aria-labelledby="confirm-message"
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.close(false);
      }}
    >
      <p id="confirm-message">${pending.message}</p>
      <div class="actions">
        <button type="button" part="cancel-button" class="cancel" @click=${() => this.close(false)}>
          ${t.cancel}
        </button>
        <button
          type="button"
          part="confirm-button"
          class="danger confirm-action"
          @click=${() => this.close(true)}
        >
          ${pending.confirmLabel}
        </button>
      </div>
    </dialog>`;
  }
}
