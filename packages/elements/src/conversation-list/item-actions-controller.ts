import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { TimConversation } from '@tim-kit/headless';
import { emit, toErrorDetail, type TimErrorDetail } from '../events/events.js';
import { ConfirmController } from '../internal/confirm-dialog.js';
import { focusFirstItem } from '../internal/menu.js';
import type { TimConversationList } from './conversation-list.component.js';
import { renderItemMenu, type ItemAction } from './item-menu.js';

/** What the controller needs from the list that hosts it. */
export interface ItemActionsHost {
  find(id: string | null): TimConversation | undefined;
  optionFor(id: string): HTMLElement | null;
  focusIndex(index: number): Promise<void>;
  setFocusID(id: string): void;
  activeID(): string | null;
}

/**
 * The per-conversation menu (pin, mute, mark read, delete) and the dialog that confirms a
 * delete: their state, focus handling and the core actions they run.
 */
export class ItemActionsController implements ReactiveController {
  menu: { id: string; top: number } | null = null;
  keepMessages = false;
  error: TimErrorDetail | null = null;
  private readonly confirm: ConfirmController;

  constructor(
    private readonly host: TimConversationList,
    private readonly list: ItemActionsHost,
  ) {
    host.addController(this);
    this.confirm = new ConfirmController(host, {
      cancelLabel: () => host.t.cancel,
      parts: { dialog: 'dialog' },
    });
  }

  hostConnected(): void {}

  private update(): void {
    this.host.requestUpdate();
  }

  /** Opens the menu of a listed conversation below its row, focusing its first entry. */
  async openMenu(conversationID: string): Promise<void> {
    const option = this.list.optionFor(conversationID);
    const base = this.host.renderRoot.querySelector<HTMLElement>('.base');
    if (!option || !base) return;
    this.list.setFocusID(conversationID);
    const baseBox = base.getBoundingClientRect();
    const below = option.getBoundingClientRect().bottom - baseBox.top;
    // Four entries of about 36px: open higher when there is no room below.
    this.menu = { id: conversationID, top: Math.max(0, Math.min(below, baseBox.height - 160)) };
    this.update();
    await this.host.updateComplete;
    focusFirstItem(this.host.renderRoot.querySelector<HTMLElement>('.menu'));
  }

  readonly closeMenu = (restoreFocus: boolean): void => {
    const id = this.menu?.id ?? null;
    this.menu = null;
    this.update();
    if (restoreFocus && id) this.refocus(id);
  };

  private refocus(id: string): void {
    void this.host.updateComplete.then(() => this.list.optionFor(id)?.focus());
  }

  private async onAction(action: ItemAction): Promise<void> {
    const c = this.list.find(this.menu?.id ?? null);
    this.closeMenu(action !== 'delete');
    const core = this.host.timCore;
    if (!c || !core) return;
    if (action === 'delete') {
      void this.askDelete(c.conversationID);
      return;
    }
    const id = c.conversationID;
    await this.run(action, () =>
      action === 'pin'
        ? core.conversations.setPinned(id, !c.isPinned)
        : action === 'mute'
          ? core.conversations.setMuted(id, !c.isMuted)
          : core.messages.markRead(id),
    );
  }

  /** Asks before deleting; on Cancel the focus goes back to the row, after a delete to the top. */
  async askDelete(id: string): Promise<void> {
    const c = this.list.find(id);
    if (!c) return;
    const t = this.host.t;
    this.keepMessages = false;
    const confirmed = await this.confirm.ask(t.deleteConversationTitle(c.name), t.delete, () =>
      this.renderKeepMessages(),
    );
    const core = this.host.timCore;
    if (!confirmed || !core) {
      this.refocus(id);
      return;
    }
    const keepMessages = this.keepMessages;
    void this.host.updateComplete.then(() => this.list.focusIndex(0));
    await this.run('remove', () => core.conversations.remove(id, { keepMessages }));
    if (this.list.activeID() === id) core.conversations.setActive(null);
  }

  private renderKeepMessages(): TemplateResult {
    return html`<label class="check">
      <input
        type="checkbox"
        .checked=${this.keepMessages}
        @change=${(e: Event) => {
          this.keepMessages = (e.target as HTMLInputElement).checked;
        }}
      />
      ${this.host.t.keepMessages}
    </label>`;
  }

  private async run(action: string, task: () => Promise<void>): Promise<void> {
    this.error = null;
    try {
      await task();
    } catch (error) {
      this.error = toErrorDetail(error, `conversations.${action}`);
      emit(this.host, 'tim-error', this.error);
    }
    this.update();
  }

  renderMenu(): TemplateResult | typeof nothing {
    const c = this.list.find(this.menu?.id ?? null);
    if (!c || !this.menu) return nothing;
    return renderItemMenu({
      conversation: c,
      top: this.menu.top,
      t: this.host.t,
      onAction: (action) => void this.onAction(action),
      close: this.closeMenu,
    });
  }

  renderConfirm(): TemplateResult {
    return this.confirm.render();
  }
}
