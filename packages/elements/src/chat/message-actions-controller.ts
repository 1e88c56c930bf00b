import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { TimMessage } from '@tim-kit/headless';
import { focusFirstItem } from '../internal/menu.js';
import type { TimChat } from './chat.component.js';
import type { MessageAction } from './message-actions.js';
import { canForward } from './forward-dialog.js';

/** The per-message ⋯ menu and multi-select, and the actions they run through the core. */
export class MessageActionsController implements ReactiveController {
  menuID: string | null = null;
  selecting = false;
  selected = new Set<string>();

  constructor(private readonly host: TimChat) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('pointerdown', this.onPointerDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('pointerdown', this.onPointerDown);
  }

  /** A press anywhere outside the open menu (and its button) closes it. */
  private readonly onPointerDown = (event: PointerEvent): void => {
    if (!this.menuID) return;
    const inside = event
      .composedPath()
      .some((n) => n instanceof HTMLElement && n.classList.contains('actions'));
    if (!inside) this.closeMenu(false);
  };

  reset(): void {
    this.menuID = null;
    this.selecting = false;
    this.selected = new Set();
  }

  private update(): void {
    this.host.requestUpdate();
  }

  /** What renderMessage needs to draw menus and checkboxes. */
  viewOptions() {
    return {
      menuID: this.menuID,
      selecting: this.selecting,
      selected: this.selected,
      onToggleSelect: (m: TimMessage) => this.toggleSelected(m.id),
      onToggleMenu: (m: TimMessage) => this.toggleMenu(m.id),
      onAction: (m: TimMessage, action: MessageAction) => void this.run(m, action),
      closeMenu: (restoreFocus: boolean) => this.closeMenu(restoreFocus),
    };
  }

  private trigger(id: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(
      `[data-actions-for="${CSS.escape(id)}"]`,
    );
  }

  toggleMenu(id: string): void {
    if (this.menuID === id) {
      this.closeMenu(true);
      return;
    }
    this.menuID = id;
    this.update();
    void this.host.updateComplete.then(() =>
      focusFirstItem(this.host.renderRoot.querySelector<HTMLElement>('.message-menu')),
    );
  }

  closeMenu(restoreFocus: boolean): void {
    const id = this.menuID;
    this.menuID = null;
    this.update();
    if (restoreFocus && id) void this.host.updateComplete.then(() => this.trigger(id)?.focus());
  }

  private toggleSelected(id: string): void {
    const next = new Set(this.selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.selected = next;
    this.update();
  }

  async run(m: TimMessage, action: MessageAction): Promise<void> {
    // Forward opens a dialog that takes the focus and hands it back to the ⋯ button.
    this.closeMenu(
      action !== 'quote' && action !== 'select' && action !== 'delete' && action !== 'forward',
    );
    const core = this.host.timCore;
    if (!core) return;
    const id = m.conversationID;
    try {
      switch (action) {
        case 'copy':
          await copyText(m.text);
          return;
        case 'quote':
          this.host.composer.startQuote(m);
          return;
        case 'revoke':
          await core.messages.revoke(id, m.id);
          return;
        case 'delete':
          await core.messages.deleteMessages(id, [m.id]);
          return;
        case 'resend':
          await this.resend(m);
          return;
        case 'forward':
          this.host.forwarder.open([m], this.trigger(m.id));
          return;
        case 'select':
          this.selecting = true;
          this.selected = new Set([m.id]);
          this.update();
          return;
      }
    } catch (error) {
      this.host.fail(error, `messages.${action}`);
    }
  }

  /** Stops an own media message's upload; the core drops the message from the thread. */
  async cancelUpload(m: TimMessage): Promise<void> {
    const core = this.host.timCore;
    if (!core) return;
    this.host.error = null;
    try {
      await core.messages.cancelUpload(m.conversationID, m.id);
    } catch (error) {
      this.host.fail(error, 'messages.cancelUpload');
    }
  }

  async resend(m: TimMessage): Promise<void> {
    const core = this.host.timCore;
    if (!core) return;
    this.host.error = null;
    try {
      await core.messages.resend(m.conversationID, m.id);
    } catch (error) {
      this.host.fail(error, 'messages.resend');
    }
  }

  private async deleteSelected(): Promise<void> {
    const core = this.host.timCore;
    const id = this.host.conversationID;
    const ids = [...this.selected];
    if (!core || !id || ids.length === 0) return;
    this.reset();
    this.update();
    try {
      // The core deletes 30 per call.
      for (let i = 0; i < ids.length; i += 30) {
        await core.messages.deleteMessages(id, ids.slice(i, i + 30));
      }
    } catch (error) {
      this.host.fail(error, 'messages.deleteMessages');
    }
  }

  /** The selected messages that can be forwarded, in thread order. */
  private forwardable(): TimMessage[] {
    return this.host.messageList.filter((m) => this.selected.has(m.id) && canForward(m));
  }

  /** Leaves selection mode after the selected messages were forwarded. */
  forwarded(): void {
    if (!this.selecting) return;
    this.reset();
    this.update();
  }

  /** The bar shown while selecting: count, Delete selected, Forward, Cancel. */
  renderSelectionBar(): TemplateResult | typeof nothing {
    if (!this.selecting) return nothing;
    const t = this.host.t;
    return html`<div
      part="selection-bar"
      class="selection-bar"
      role="toolbar"
      aria-label=${t.select}
    >
      <span role="status">${t.selectedCount(this.selected.size)}</span>
      <button
        type="button"
        class="button danger"
        data-delete-selected
        ?disabled=${this.selected.size === 0}
        @click=${() => void this.deleteSelected()}
      >
        ${t.deleteSelected}
      </button>
      <button
        type="button"
        part="forward-selected"
        class="button"
        data-forward-selected
        aria-haspopup="dialog"
        ?disabled=${this.forwardable().length === 0}
        @click=${(e: Event) =>
          this.host.forwarder.open(this.forwardable(), e.currentTarget as HTMLElement)}
      >
        ${t.forwardSelected}
      </button>
      <button
        type="button"
        class="button"
        @click=${() => {
          this.reset();
          this.update();
        }}
      >
        ${t.cancel}
      </button>
    </div>`;
  }
}

/** Copies text, with the old execCommand path where the async clipboard is not allowed. */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}
