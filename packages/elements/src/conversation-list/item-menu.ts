import { html, type TemplateResult } from 'lit';
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
