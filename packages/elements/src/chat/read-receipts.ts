import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { TimMessage } from '@tim-kit/headless';
import type { TimChat } from './chat.component.js';

/** Pages fetched per list at most (100 members each): enough for any receipt-capable group. */
const MAX_PAGES = 20;

interface Readers {
  message: TimMessage;
  read: string[];
  unread: string[];
  loading: boolean;
}

/**
 * The "who read it" dialog of an own group message: opened from its "N read" button, it lists
 * the members who read the message and those who have not. A modal <dialog> (focus moves in,
 * Escape closes it); focus goes back to the button that opened it.
 */
export class ReadReceiptsController implements ReactiveController {
  private readers: Readers | null = null;
  private trigger: HTMLElement | null = null;

  constructor(private readonly host: TimChat) {
    host.addController(this);
  }

  hostUpdated(): void {
    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>('.receipts-dialog');
    if (dialog && this.readers && !dialog.open && dialog.isConnected) dialog.showModal();
  }

  /** Opens the dialog for `message` and loads both member lists. */
  open(message: TimMessage, trigger: HTMLElement | null): void {
    const core = this.host.timCore;
    if (!core) return;
    this.trigger = trigger;
    const readers: Readers = { message, read: [], unread: [], loading: true };
    this.readers = readers;
    this.host.requestUpdate();
    void Promise.all([this.all(message, 'read'), this.all(message, 'unread')]).then(
      ([read, unread]) => {
        if (this.readers !== readers) return;
        this.readers = { ...readers, read, unread, loading: false };
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (this.readers !== readers) return;
        this.readers = { ...readers, loading: false };
        this.host.fail(error, 'messages.readMembers');
      },
    );
  }

  private async all(message: TimMessage, filter: 'read' | 'unread'): Promise<string[]> {
    const core = this.host.timCore;
    const ids: string[] = [];
    let cursor = '';
    for (let page = 0; core && page < MAX_PAGES; page++) {
      const result = await core.messages.readMembers(message.conversationID, message.id, {
        filter,
        cursor,
      });
      ids.push(...result.userIDs);
      if (result.isCompleted || result.cursor === '') break;
      cursor = result.cursor;
    }
    return ids;
  }

  private closed(): void {
    this.readers = null;
    this.host.requestUpdate();
    const trigger = this.trigger;
    this.trigger = null;
    if (trigger?.isConnected) trigger.focus();
  }

  private renderList(id: string, title: string, userIDs: string[]): TemplateResult {
    return html`<section aria-labelledby=${id}>
      <h3 id=${id}>${title}</h3>
      <ul part="receipt-members" class="receipt-members">
        ${userIDs.map((userID) => {
          const name = this.host.memberName(userID);
          return html`<li>
            ${name}${name !== userID ? html` <span class="hint">${userID}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  render(): TemplateResult | typeof nothing {
    const r = this.readers;
    if (!r) return nothing;
    const t = this.host.t;
    return html`<dialog
      part="receipts-dialog"
      class="receipts-dialog"
      aria-labelledby="receipts-title"
      @close=${() => this.closed()}
    >
      <h2 id="receipts-title">${t.readReceipts}</h2>
      ${
        r.loading
          ? html`<p role="status">${t.loading}</p>`
          : html`${this.renderList('receipts-read', t.readMembers(r.read.length), r.read)}
            ${this.renderList('receipts-unread', t.unreadMembers(r.unread.length), r.unread)}`
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
