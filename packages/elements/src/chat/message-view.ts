import { html, nothing, type TemplateResult } from 'lit';
import { describeGroupTip, type TimMessage } from '@tim-kit/headless';
import { renderAvatar } from '../internal/avatar.js';
import { formatDay, formatFullTime, formatMessageTime } from '../internal/format.js';
import { errorText, type TimLang, type TimStrings } from '../internal/i18n.js';
import { renderBubbleContent, type BubbleContext } from './message-bubble/index.js';
import { renderMessageActions, type MessageAction } from './message-actions.js';
import { quoteOf } from './quote.js';
import { mentionStrings } from '../internal/locales/mentions.js';
import { tipWords } from '../internal/locales/tips.js';

export interface MessageViewOptions extends BubbleContext {
  lang: TimLang;
  t: TimStrings;
  /** Group conversations show the sender's name above other people's messages. */
  isGroup: boolean;
  onResend: (message: TimMessage) => void;
  /** Cancels the upload of an own media message; without it no Cancel button is shown. */
  onCancelUpload?: (message: TimMessage) => void;
  /** The message whose action menu is open. */
  menuID: string | null;
  /** Multi-select mode: every message gets a checkbox. */
  selecting: boolean;
  selected: ReadonlySet<string>;
  onToggleSelect: (message: TimMessage) => void;
  onToggleMenu: (message: TimMessage, trigger: HTMLElement) => void;
  onAction: (message: TimMessage, action: MessageAction) => void;
  closeMenu: (restoreFocus: boolean) => void;
  /** A group member's name card or nick, and avatar, when the message itself carries none. */
  member?: (userID: string) => { name: string; avatar: string } | undefined;
  /** Opens who read an own group message; without it the count is plain text. */
  onShowReaders?: (message: TimMessage, trigger: HTMLElement) => void;
}

function senderOf(m: TimMessage, o: MessageViewOptions): { name: string; avatar: string } {
  const member = m.nick && m.avatar ? undefined : o.member?.(m.from);
  return { name: m.nick || member?.name || m.from, avatar: m.avatar || member?.avatar || '' };
}

function renderStatus(m: TimMessage, o: MessageViewOptions): TemplateResult | typeof nothing {
  const t = o.t;
  if (m.status === 'sending') {
    const uploading = m.progress !== undefined && m.progress < 1;
    const percent = Math.round((m.progress ?? 0) * 100);
    return html`<span class="status">${uploading ? t.uploading(percent) : t.sending}</span> ${
        uploading
          ? html`<progress
              part="progress"
              class="progress"
              max="100"
              value=${percent}
              aria-label=${t.uploading(percent)}
            ></progress>`
          : nothing
      }${uploading && o.onCancelUpload ? renderCancelUpload(m, o.onCancelUpload, t) : nothing}`;
  }
  if (m.status === 'failed') {
    const reason = m.error ? errorText(o.lang, m.error.code, m.error.message) : '';
    return html`<span class="status failed"
        >${t.failed}${reason ? html`: ${reason}` : nothing}</span
      >
      <button type="button" part="resend-button" class="resend" @click=${() => o.onResend(m)}>
        ${t.resend}
      </button>`;
  }
  if (!m.fromSelf) return nothing;
  if (!o.isGroup && m.isPeerRead)
    return html`<span part="read" class="status read">${t.read}</span>`;
  if (o.isGroup && m.readReceipt && m.readReceipt.readCount + m.readReceipt.unreadCount > 0) {
    const { readCount, unreadCount } = m.readReceipt;
    const label = unreadCount === 0 ? t.allRead : t.readCount(readCount);
    const show = o.onShowReaders;
    if (!show) return html`<span part="read" class="status read">${label}</span>`;
    return html`<button
      type="button"
      part="read read-button"
      class="status read receipt-button"
      aria-haspopup="dialog"
      @click=${(e: Event) => show(m, e.currentTarget as HTMLElement)}
    >
      ${label}
    </button>`;
  }
  return nothing;
}

function renderCancelUpload(
  m: TimMessage,
  cancel: (message: TimMessage) => void,
  t: TimStrings,
): TemplateResult {
  return html` <button
    type="button"
    part="cancel-upload-button"
    class="cancel-upload"
    @click=${() => cancel(m)}
  >
    ${t.cancelUpload}
  </button>`;
}

/** A "Today" / "Yesterday" / date line before the first message of each day. */
export function renderDaySeparator(
  m: TimMessage,
  previous: TimMessage | undefined,
  lang: TimLang,
): TemplateResult | typeof nothing {
  if (previous && new Date(previous.time).toDateString() === new Date(m.time).toDateString()) {
    return nothing;
  }
  return html`<div part="day-separator" class="day" role="separator">
    <span>${formatDay(m.time, lang)}</span>
  </div>`;
}

function renderCheckbox(m: TimMessage, o: MessageViewOptions): TemplateResult | typeof nothing {
  if (!o.selecting) return nothing;
  return html`<input
    type="checkbox"
    part="select"
    class="select"
    aria-label=${o.t.selectMessage}
    .checked=${o.selected.has(m.id)}
    @change=${() => o.onToggleSelect(m)}
  />`;
}

/** One message: a revoked placeholder, a centred note, or avatar, sender, quote, bubble, meta. */
export function renderMessage(
  m: TimMessage,
  previous: TimMessage | undefined,
  o: MessageViewOptions,
): TemplateResult {
  const day = renderDaySeparator(m, previous, o.lang);
  if (m.isRevoked) {
    const who = m.fromSelf ? o.t.you : senderOf(m, o).name;
    return html`<div class="row" data-id=${m.id}>
      ${day}
      <div part="message" class="message revoked">
        ${renderCheckbox(m, o)}
        <span part="notice" class="notice"
          >${m.fromSelf ? o.t.revokedBySelf : o.isGroup ? o.t.recalledBy(who) : o.t.revoked}</span
        >
      </div>
    </div>`;
  }
  const tip = tipLine(m, o.lang);
  if (tip !== undefined) {
    return html`<div class="row" data-id=${m.id}>
      ${day}
      <div part="message" class="message tip">
        <span part="notice" class="notice">${tip}</span>
      </div>
    </div>`;
  }
  const side = m.fromSelf ? 'self' : 'other';
  const { name: sender, avatar } = senderOf(m, o);
  const quote = quoteOf(m);
  // Someone else's message naming the user, or @all (rows from an older cache lack mentions).
  const mentioned = !m.fromSelf && Boolean(m.mentions?.me || m.mentions?.all);
  return html`<div class="row" data-id=${m.id}>
    ${day}
    <div
      part=${mentioned ? 'message mentioned' : 'message'}
      class="message ${side} ${m.status} kind-${m.kind}${mentioned ? ' mentioned' : ''}"
    >
      ${renderCheckbox(m, o)} ${m.fromSelf ? nothing : renderAvatar(m.from, sender, avatar)}
      <div class="content">
        ${
          o.isGroup && !m.fromSelf
            ? html`<span class="sender">${sender}</span>`
            : html`<span class="sr-only">${m.fromSelf ? o.t.you : sender}:</span>`
        }
        ${mentioned ? html`<span class="sr-only">${mentionStrings(o.lang).mentionsYou}</span>` : nothing}
        ${
          quote
            ? html`<blockquote part="quote" class="quote">
                <span class="quote-sender">${quote.messageSender}</span>
                <span class="quote-text">${quote.messageAbstract}</span>
              </blockquote>`
            : nothing
        }
        <div class="bubble-row">
          <div part="bubble" class="bubble ${m.kind}">${renderBubbleContent(m, o)}</div>
          ${renderMessageActions(m, {
            open: o.menuID === m.id,
            t: o.t,
            onToggle: o.onToggleMenu,
            onAction: o.onAction,
            close: o.closeMenu,
          })}
        </div>
        <div class="meta">
          <time datetime=${new Date(m.time).toISOString()} title=${formatFullTime(m.time, o.lang)}
            >${formatMessageTime(m.time, o.lang)}</time
          >
          ${renderStatus(m, o)}
        </div>
      </div>
    </div>
  </div>`;
}

/**
 * The line of a group tip in the element's language; system notices keep the core's text. The
 * SDK's own "group created" custom message reads as a tip too, as in Tencent's UIKits.
 */
function tipLine(m: TimMessage, lang: TimLang): string | undefined {
  if (m.kind === 'group-tip') return describeGroupTip(m.payload, tipWords(lang));
  if (m.kind === 'group-system') return m.text;
  if (m.content.kind === 'custom' && m.content.groupCreatedBy !== undefined) {
    const words = tipWords(lang);
    return words.created(m.content.groupCreatedBy || words.someone);
  }
  return undefined;
}
