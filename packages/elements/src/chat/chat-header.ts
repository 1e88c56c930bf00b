import { html, nothing, type TemplateResult } from 'lit';
import type { TimConversation, TimGroup } from '@tim-kit/headless';
import type { TimStrings } from '../internal/i18n.js';

export interface ChatHeaderView {
  conversationID: string;
  /** The conversation's entry in the list, when the list has it. */
  conversation: TimConversation | undefined;
  /** The group's profile (null for C2C, or until it loads). */
  group: TimGroup | null;
  /** C2C: the peer is typing to us right now. */
  peerTyping: boolean;
  t: TimStrings;
}

/**
 * The header: the conversation's name (falling back to the group's, then to the bare ID), a
 * group's member count or, in C2C, whether the peer is typing, and the `actions` slot.
 */
export function renderChatHeader(v: ChatHeaderView): TemplateResult {
  const { conversation, group } = v;
  const name = conversation?.name || group?.name || v.conversationID.replace(/^(C2C|GROUP)/, '');
  return html`<header part="header" class="header">
    <div class="titles">
      <h2 class="title">${name}</h2>
      ${
        group && group.memberCount > 0
          ? html`<span part="subtitle" class="subtitle">${v.t.members(group.memberCount)}</span>`
          : nothing
      }
      ${
        // Always there in C2C (empty while nobody types) so screen readers announce the change.
        v.conversationID.startsWith('C2C')
          ? html`<span part="typing" class="subtitle typing" role="status"
              >${v.peerTyping ? v.t.typing : ''}</span
            >`
          : nothing
      }
    </div>
    <slot name="actions"></slot>
  </header>`;
}
