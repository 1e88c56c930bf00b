import { html, nothing, type TemplateResult } from 'lit';
import { icon } from '../internal/icons.js';
import type { TimMessage } from '@tim-kit/headless';
import type { TimStrings } from '../internal/i18n.js';
import { onMenuKeyDown } from '../internal/menu.js';
import { canForward } from './forward-dialog.js';

export type MessageAction =
  'copy' | 'quote' | 'forward' | 'revoke' | 'delete' | 'resend' | 'select';

/** Messages can be recalled for 2 minutes after sending (the server says 20016/10031 after). */
export const REVOKE_WINDOW_MS = 2 * 60 * 1000;

/** The actions that make sense for a message right now, in menu order. */
export function actionsFor(m: TimMessage, now = Date.now()): MessageAction[] {
  const actions: MessageAction[] = [];
  if (m.isRevoked) return ['delete'];
  if (m.status === 'failed') actions.push('resend');
  if (m.text !== '') actions.push('copy');
  if (m.status === 'sent') actions.push('quote');
  if (canForward(m)) actions.push('forward');
  if (m.fromSelf && m.status === 'sent' && now - m.time < REVOKE_WINDOW_MS) actions.push('revoke');
  actions.push('delete', 'select');
  return actions;
}

function label(action: MessageAction, t: TimStrings): string {
  switch (action) {
    case 'copy':
      return t.copy;
    case 'quote':
      return t.quote;
    case 'forward':
      return t.forward;
    case 'revoke':
      return t.revoke;
    case 'delete':
      return t.delete;
    case 'resend':
      return t.resend;
    case 'select':
      return t.select;
  }
}

export interface ActionsView {
  open: boolean;
  t: TimStrings;
  onToggle: (m: TimMessage, trigger: HTMLElement) => void;
  onAction: (m: TimMessage, action: MessageAction) => void;
  close: (restoreFocus: boolean) => void;
}

/** The ⋯ button of a message and, when open, its menu (role="menu"). */
export function renderMessageActions(m: TimMessage, v: ActionsView): TemplateResult {
  const t = v.t;
  return html`<span class="actions">
    <button
      type="button"
      part="actions-button"
      class="actions-button"
      aria-haspopup="menu"
      aria-expanded=${v.open ? 'true' : 'false'}
      aria-label=${t.messageActions}
      data-actions-for=${m.id}
      @click=${(e: Event) => v.onToggle(m, e.currentTarget as HTMLElement)}
    >
      ${icon('more')}
    </button>
    ${
      v.open
        ? html`<span
            part="message-menu"
            class="message-menu"
            role="menu"
            aria-label=${t.messageActions}
            @keydown=${(e: KeyboardEvent) => onMenuKeyDown(e, v.close)}
          >
            ${actionsFor(m).map(
              (action) =>
                html`<button
                  type="button"
                  role="menuitem"
                  part="menu-item"
                  class=${action === 'delete' || action === 'revoke' ? 'menu-item danger' : 'menu-item'}
                  data-action=${action}
                  tabindex="-1"
                  @click=${() => v.onAction(m, action)}
                >
                  ${label(action, t)}
                </button>`,
            )}
          </span>`
        : nothing
    }
  </span>`;
}
