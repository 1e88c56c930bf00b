import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { TimCoreElement } from './core-element.js';

interface ConfirmRequest {
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  resolve: (confirmed: boolean) => void;
}

/** The focused element, looking through shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * Asks before a destructive action, in a modal `<dialog role="alertdialog">`: the focus starts on
 * Cancel (the safe choice), stays inside while it is open (the browser's modal dialog does that),
 * Escape cancels, and the focus returns to the control that opened it afterwards.
 * The host renders `controller.render()` once, anywhere in its shadow root.
 */
export class ConfirmController implements ReactiveController {
  private request: ConfirmRequest | null = null;
  private opener: HTMLElement | null = null;

  constructor(private readonly host: TimCoreElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.settle(false);
  }

  /** Resolves true when the user confirms, false when they cancel. */
  async ask(message: string, confirmLabel: string, cancelLabel: string): Promise<boolean> {
    this.settle(false);
    this.opener = deepActiveElement();
    const answer = new Promise<boolean>((resolve) => {
      this.request = { message, confirmLabel, cancelLabel, resolve };
    });
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog();
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>('[data-cancel]')?.focus();
    return answer;
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog[data-confirm-dialog]');
  }

  private settle(confirmed: boolean): void {
    const request = this.request;
    if (!request) return;
    this.request = null;
    const dialog = this.dialog();
    if (dialog?.open) dialog.close();
    this.host.requestUpdate();
    const opener = this.opener;
    this.opener = null;
    // The opener may be gone (a removed member's row); then the focus stays where the browser puts it.
    if (opener?.isConnected) opener.focus();
    request.resolve(confirmed);
  }

  render(): TemplateResult {
    const r = this.request;
    return html`<dialog
      data-confirm-dialog
      part="confirm-dialog"
      class="dialog confirm"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="confirm-message"
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.settle(false);
      }}
    >
      ${
        r
          ? html`<p id="confirm-message" class="dialog-message">${r.message}</p>
              <div class="dialog-actions">
                <button
                  type="button"
                  class="button"
                  part="confirm-cancel"
                  data-cancel
                  @click=${() => this.settle(false)}
                >
                  ${r.cancelLabel}
                </button>
                <button
                  type="button"
                  class="button danger"
                  part="confirm-button"
                  data-confirm
                  @click=${() => this.settle(true)}
                >
                  ${r.confirmLabel}
                </button>
              </div>`
          : nothing
      }
    </dialog>`;
  }
}
