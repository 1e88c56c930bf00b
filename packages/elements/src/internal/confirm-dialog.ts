import { css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { TimCoreElement } from './core-element.js';

export interface ConfirmOptions {
  /** The Cancel button's words, read when the dialog renders so a language change shows. */
  cancelLabel: () => string;
  /**
   * CSS part names, part of each element's documented styling API, so they stay as each element
   * first published them.
   */
  parts?: { dialog?: string; cancel?: string; confirm?: string };
}

interface ConfirmRequest {
  message: string;
  confirmLabel: string;
  /** Extra controls between the question and the buttons (e.g. "keep the messages"). */
  details: (() => TemplateResult) | undefined;
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
 * The host renders `controller.render()` once, anywhere in its shadow root, and adds
 * `confirmDialogStyles` to its styles.
 */
export class ConfirmController implements ReactiveController {
  private request: ConfirmRequest | null = null;
  private opener: HTMLElement | null = null;

  constructor(
    private readonly host: TimCoreElement,
    private readonly options: ConfirmOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.settle(false);
  }

  /** Resolves true when the user confirms, false when they cancel (a newer question cancels). */
  async ask(
    message: string,
    confirmLabel: string,
    details?: () => TemplateResult,
  ): Promise<boolean> {
    this.settle(false);
    this.opener = deepActiveElement();
    const answer = new Promise<boolean>((resolve) => {
      this.request = { message, confirmLabel, details, resolve };
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
    // The opener may be gone (a removed row, a closed menu); then the caller decides where the
    // focus goes once the answer resolves.
    if (opener?.isConnected) opener.focus();
    request.resolve(confirmed);
  }

  render(): TemplateResult {
    const r = this.request;
    const parts = this.options.parts;
    return html`<dialog
      data-confirm-dialog
      part=${parts?.dialog ?? 'confirm-dialog'}
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
              ${r.details?.() ?? nothing}
              <div class="dialog-actions">
                <button
                  type="button"
                  class="button cancel"
                  part=${parts?.cancel ?? 'cancel-button'}
                  data-cancel
                  @click=${() => this.settle(false)}
                >
                  ${this.options.cancelLabel()}
                </button>
                <button
                  type="button"
                  class="button danger"
                  part=${parts?.confirm ?? 'confirm-button'}
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

/** The confirm dialog's box, backdrop and button row; buttons come from the host's controls. */
export const confirmDialogStyles = css`
  dialog.confirm {
    max-width: min(420px, 92vw);
    padding: calc(var(--tim-spacing) * 2);
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius);
    background: var(--tim-color-background);
    color: var(--tim-color-text);
  }
  dialog.confirm::backdrop {
    background: rgb(0 0 0 / 45%);
  }
  dialog.confirm .dialog-message {
    margin: 0 0 calc(var(--tim-spacing) * 2);
  }
  dialog.confirm .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: center;
    gap: var(--tim-spacing);
  }
`;
