import { html, nothing, type TemplateResult } from 'lit';
import type { TimMessage } from '@tim-kit/headless';
import { renderAvatar } from '../internal/avatar.js';
import { formatFullTime, formatMessageTime } from '../internal/format.js';
import { errorText, type TimLang, type TimStrings } from '../internal/i18n.js';

export interface MessageViewOptions {
  lang: TimLang;
  t: TimStrings;
  /** Group conversations show the sender's name above other people's messages. */
  isGroup: boolean;
  onResend: (message: TimMessage) => void;
}

function renderStatus(m: TimMessage, o: MessageViewOptions): TemplateResult | typeof nothing {
  if (m.status === 'sending') return html`<span class="status">${o.t.sending}</span>`;
  if (m.status !== 'failed') return nothing;
  const reason = m.error ? errorText(o.lang, m.error.code, m.error.message) : '';
  return html`<span class="status failed"
      >${o.t.failed}${reason ? html`: ${reason}` : nothing}</span
    >
    <button type="button" part="resend-button" class="resend" @click=${() => o.onResend(m)}>
      ${o.t.resend}
    </button>`;
}

/** One row of the message list: a revoked placeholder, or avatar, sender, bubble and meta. */
export function renderMessage(m: TimMessage, o: MessageViewOptions): TemplateResult {
  if (m.isRevoked) {
    return html`<div part="message" class="message revoked" data-id=${m.id}>
      <span class="notice">${m.fromSelf ? o.t.revokedBySelf : o.t.revoked}</span>
    </div>`;
  }
  if (m.kind === 'group-tip' || m.kind === 'group-system') {
    return html`<div part="message" class="message tip" data-id=${m.id}>
      <span class="notice">${m.text}</span>
    </div>`;
  }
  const side = m.fromSelf ? 'self' : 'other';
  const sender = m.nick || m.from;
  return html`<div part="message" class="message ${side} ${m.status}" data-id=${m.id}>
    ${m.fromSelf ? nothing : renderAvatar(m.from, sender, m.avatar)}
    <div class="content">
      ${
        o.isGroup && !m.fromSelf
          ? html`<span class="sender">${sender}</span>`
          : html`<span class="sr-only">${m.fromSelf ? o.t.you : sender}:</span>`
      }
      <div part="bubble" class="bubble ${m.kind}">${m.text}</div>
      <div class="meta">
        <time datetime=${new Date(m.time).toISOString()} title=${formatFullTime(m.time, o.lang)}
          >${formatMessageTime(m.time, o.lang)}</time
        >
        ${renderStatus(m, o)}
      </div>
    </div>
  </div>`;
}
