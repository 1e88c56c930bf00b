import { html, nothing, type TemplateResult } from 'lit';
import { icon } from '../internal/icons.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { TimMessage } from '@tim-kit/headless';
import { renderMessage, type MessageViewOptions } from './message-view.js';

export interface MessageListView {
  items: readonly TimMessage[];
  loading: boolean;
  atBottom: boolean;
  newCount: number;
  options: MessageViewOptions;
  onScroll: () => void;
  onJump: () => void;
}

/**
 * The message log (role="log", virtualized), its loading pill and empty state, and the
 * jump-to-latest button shown while the reader is scrolled up.
 */
export function renderMessageList(v: MessageListView): TemplateResult {
  const t = v.options.t;
  const items = v.items;
  return html`<div class="list-wrap">
    <div class="history-state" role="status">
      ${v.loading ? html`<span class="pill">${t.loadingOlder}</span>` : nothing}
    </div>
    ${
      !v.loading && items.length === 0
        ? html`<div class="state list-empty">${t.noMessages}</div>`
        : nothing
    }
    <div
      part="list"
      class="list"
      role="log"
      aria-live="polite"
      aria-label=${t.messages}
      aria-busy=${v.loading ? 'true' : 'false'}
      tabindex="0"
      @scroll=${v.onScroll}
    >
      <div class="items">
        ${virtualize({
          items: items as TimMessage[],
          keyFunction: (m: TimMessage) => m.id,
          renderItem: (m: TimMessage, i: number) => renderMessage(m, items[i - 1], v.options),
        })}
      </div>
    </div>
    ${
      v.atBottom
        ? nothing
        : html`<button type="button" part="jump-button" class="jump" @click=${v.onJump}>
            ${v.newCount > 0 ? t.newMessages(v.newCount) : t.jumpToLatest} ${icon('arrowDown', 16)}
          </button>`
    }
  </div>`;
}
