import { html, nothing, type TemplateResult } from 'lit';
import type { TimConversation } from '@tim-kit/headless';
import type { TimStrings } from '../internal/i18n.js';
import { onMenuKeyDown } from '../internal/menu.js';

export type ItemAction = 'pin' | 'mute' | 'read' | 'delete';

export interface ItemMenuView {
  conversation: TimConversation;
  /** px from the top of the element's base, where the menu opens. */
  top: number;
  t: TimStrings;
  onAction: (action: ItemAction) => void;
  close: (restoreFocus: boolean) => void;
}

/** The per-conversation menu (role="menu"): pin, mute, mark read, delete. */
export function renderItemMenu(v: ItemMenuView): TemplateResult {
  const { conversation: c, t } = v;
  const item = (action: ItemAction, label: string, disabled = false) =>
    html`<button
      type="button"
      role="menuitem"
      part="menu-item"
      class=${action === 'delete' ? 'menu-item danger' : 'menu-item'}
      data-action=${action}
      tabindex="-1"
      ?disabled=${disabled}
      @click=${() => v.onAction(action)}
    >
      ${label}
    </button>`;
  return html`<div class="menu-backdrop" @pointerdown=${() => v.close(false)}></div>
    <div
      part="menu"
      class="menu"
      role="menu"
      aria-label=${t.conversationActions(c.name)}
      style="top: ${v.top}px"
      @keydown=${(e: KeyboardEvent) => onMenuKeyDown(e, v.close)}
    >
      ${item('pin', c.isPinned ? t.unpin : t.pin)} ${item('mute', c.isMuted ? t.unmute : t.mute)}
      ${item('read', t.markRead, c.unreadCount === 0)} ${item('delete', t.deleteConversation)}
    </div>`;
}

export interface ConfirmDeleteView {
  conversation: TimConversation | null;
  keepMessages: boolean;
  t: TimStrings;
  onKeepChange: (keep: boolean) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal dialog that asks before a conversation is deleted, with or without its messages. */
export function renderConfirmDelete(v: ConfirmDeleteView): TemplateResult {
  const t = v.t;
  const c = v.conversation;
  return html`<dialog
    part="dialog"
    class="dialog"
    aria-labelledby="confirm-title"
    @cancel=${(e: Event) => {
      e.preventDefault();
      v.onCancel();
    }}
  >
    ${
      c
        ? html`<h2 id="confirm-title" class="dialog-title">${t.deleteConversationTitle(c.name)}</h2>
            <label class="check">
              <input
                type="checkbox"
                .checked=${v.keepMessages}
                @change=${(e: Event) => v.onKeepChange((e.target as HTMLInputElement).checked)}
              />
              ${t.keepMessages}
            </label>
            <div class="dialog-actions">
              <button type="button" class="button" @click=${v.onCancel}>${t.cancel}</button>
              <button type="button" class="button danger" data-confirm @click=${v.onConfirm}>
                ${t.delete}
              </button>
            </div>`
        : nothing
    }
  </dialog>`;
}
