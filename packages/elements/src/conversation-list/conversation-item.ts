import { html, nothing, type TemplateResult } from 'lit';
import { icon } from '../internal/icons.js';
import type { TimConversation } from '@tim-kit/headless';
import { renderAvatar } from '../internal/avatar.js';
import { formatBadge, formatFullTime, formatListTime } from '../internal/format.js';
import type { TimLang, TimStrings } from '../internal/i18n.js';
import { localizedPreview } from './preview.js';
import { mentionStrings } from '../internal/locales/mentions.js';

export interface ItemView {
  index: number;
  count: number;
  selected: boolean;
  tabStop: boolean;
  lang: TimLang;
  t: TimStrings;
}

function renderBadge(c: TimConversation, v: ItemView): TemplateResult | typeof nothing {
  const t = v.t;
  const unread = c.unreadCount > 0;
  if (c.isMuted) {
    return html`<span part="badge" class=${unread ? 'dot unread' : 'dot'} aria-hidden="true"></span
      ><span class="sr-only">${t.muted}</span>`;
  }
  if (!unread) return nothing;
  return html`<span part="badge" class="badge" aria-hidden="true"
      >${formatBadge(c.unreadCount, v.lang)}</span
    ><span class="sr-only">${t.unread(formatBadge(c.unreadCount, v.lang))}</span>`;
}

/** "[@me]" / "[@all]" while an unread group message mentions the user (or everyone). */
function renderMention(c: TimConversation, v: ItemView): TemplateResult | typeof nothing {
  // Rows from an older local cache may lack mentions.
  const m = c.mentions as TimConversation['mentions'] | undefined;
  if (!m || (!m.me && !m.all)) return nothing;
  const words = mentionStrings(v.lang);
  return html`<span part="mention" class="mention">${m.me ? words.atMe : words.atAll}</span> `;
}

function renderPreview(c: TimConversation, v: ItemView): TemplateResult {
  // The draft of the open conversation is in its input already; elsewhere it is a reminder.
  if (c.draft && !v.selected) {
    return html`<span part="preview" class="preview"
      >${renderMention(c, v)}<span part="draft" class="draft">${v.t.draftPrefix}</span>
      ${c.draft}</span
    >`;
  }
  return html`<span part="preview" class="preview"
    >${renderMention(c, v)}${localizedPreview(c, v.t, v.lang)}</span
  >`;
}

/** One row of the list: avatar, name, pin marker, time, preview (or draft) and badge. */
export function renderConversationItem(c: TimConversation, v: ItemView): TemplateResult {
  const last = c.lastMessage;
  const t = v.t;
  return html`<div
    role="option"
    part="item"
    class=${c.isPinned ? 'item pinned' : 'item'}
    data-id=${c.conversationID}
    data-index=${v.index}
    aria-selected=${v.selected ? 'true' : 'false'}
    aria-posinset=${v.index + 1}
    aria-setsize=${v.count}
    aria-keyshortcuts="Shift+F10 Delete"
    tabindex=${v.tabStop ? 0 : -1}
  >
    ${renderAvatar(c.peerID || c.conversationID, c.name, c.avatar)}
    <div class="main">
      <div class="row">
        <span part="name" class="name">${c.name}</span>
        ${
          c.isPinned
            ? html`<span part="pin" class="pin" title=${t.pinned}
                >${icon('pin', 12)}<span class="sr-only">${t.pinned}</span></span
              >`
            : nothing
        }
        ${
          last
            ? html`<time
                part="time"
                class="time"
                datetime=${new Date(last.time).toISOString()}
                title=${formatFullTime(last.time, v.lang)}
                >${formatListTime(last.time, v.lang)}</time
              >`
            : nothing
        }
      </div>
      <div class="row">${renderPreview(c, v)} ${renderBadge(c, v)}</div>
    </div>
    <span part="more" class="more" aria-hidden="true" data-more="true">${icon('more', 16)}</span>
  </div>`;
}
