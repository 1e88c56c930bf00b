import { html, nothing, type TemplateResult } from 'lit';
import type { TimConversation, TimGroup } from '@tim-kit/headless';
import type { TimStrings } from '../internal/i18n.js';

export interface ChatHeaderView {
  conversationID: string;
  /** The conversation's entry in the list, when the list has it. */
  conversation: TimConversation | undefined;
  /** The group's profile (null for C2C, or until it loads). */
  group: TimGroup | null;
  t: TimStrings;
}

/**
 * The header: the conversation's name (falling back to the group's, then to the bare ID), a
 * group's member count, and the `actions` slot.
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
    </div>
    <slot name="actions"></slot>
  </header>`;
}
