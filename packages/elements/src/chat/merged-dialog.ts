import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { TimMergedMessage, TimMessage } from '@tim-kit/headless';
import { formatFullTime } from '../internal/format.js';
import type { TimChat } from './chat.component.js';

interface Opened {
  message: TimMessage;
  items: TimMergedMessage[];
  loading: boolean;
}

/**
 * The dialog that lists the messages inside a merged "chat history" message, opened from its
 * bubble (the core downloads them when the message was too large to carry them). A modal
 * <dialog>: focus moves in, Escape closes it, focus goes back to the bubble.
 */
export class MergedController implements ReactiveController {
  private opened: Opened | null = null;
  private trigger: HTMLElement | null = null;

  constructor(private readonly host: TimChat) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>('.merged-dialog');
    if (dialog && this.opened && !dialog.open && dialog.isConnected) dialog.showModal();
  }

  open(message: TimMessage, trigger: HTMLElement | null): void {
    const core = this.host.timCore;
    if (!core) return;
    this.trigger = trigger;
    const opened: Opened = { message, items: [], loading: true };
    this.opened = opened;
    this.host.requestUpdate();
    core.messages.openMerged(message.conversationID, message.id).then(
      (items) => {
        if (this.opened !== opened) return;
        this.opened = { ...opened, items, loading: false };
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (this.opened !== opened) return;
        this.opened = { ...opened, loading: false };
        this.host.fail(error, 'messages.openMerged');
      },
    );
  }

  private closed(): void {
    this.opened = null;
    this.host.requestUpdate();
    const trigger = this.trigger;
    this.trigger = null;
    if (trigger?.isConnected) trigger.focus();
  }

  render(): TemplateResult | typeof nothing {
    const o = this.opened;
    if (!o) return nothing;
    const t = this.host.t;
    const title = (o.message.content.kind === 'merger' && o.message.content.title) || t.chatHistory;
    return html`<dialog
      part="merged-dialog"
      class="merged-dialog"
      aria-labelledby="merged-title"
      @close=${() => this.closed()}
    >
      <h2 id="merged-title">${title}</h2>
      ${
        o.loading
          ? html`<p role="status">${t.loading}</p>`
          : html`<ol class="merged-items">
              ${o.items.map(
                (item) =>
                  html`<li part="merged-item" class="merged-item">
                    <span class="merged-meta">
                      <strong>${item.nick || item.from}</strong>
                      <time>${formatFullTime(item.time, this.host.timLang)}</time>
                    </span>
                    <span class="merged-text">${item.text}</span>
                  </li>`,
              )}
            </ol>`
      }
      <button
        type="button"
        class="button"
        @click=${(e: Event) => (e.currentTarget as HTMLElement).closest('dialog')?.close()}
      >
        ${t.close}
      </button>
    </dialog>`;
  }
}
