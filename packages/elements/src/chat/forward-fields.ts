// The choices inside the "Forward to" dialog: the conversations to forward to (filtered by the
// search box) and, for several messages, "one by one" or "merged into one".
import { html, nothing, type TemplateResult } from 'lit';
import type { TimConversation, TimMessage } from '@tim-kit/headless';
import type { TimStrings } from '../internal/i18n.js';

export interface ForwardRequest {
  messages: TimMessage[];
  /** Several messages may go merged into one "chat history" message. */
  allowMerge: boolean;
  merged: boolean;
  selected: Set<string>;
  filter: string;
  busy: boolean;
  /** A failure in words, shown inside the dialog (role="alert"). */
  problem: string;
}

/** The conversations that can receive a forward and match the filter (by name or ID). */
function targets(all: readonly TimConversation[], filter: string): TimConversation[] {
  const needle = filter.trim().toLowerCase();
  return all.filter(
    (c) =>
      c.type !== 'SYSTEM' &&
      (needle === '' ||
        c.name.toLowerCase().includes(needle) ||
        c.conversationID.toLowerCase().includes(needle)),
  );
}

export function renderForwardTargets(
  r: ForwardRequest,
  t: TimStrings,
  conversations: readonly TimConversation[],
  onToggle: (conversationID: string) => void,
): TemplateResult {
  const rows = targets(conversations, r.filter);
  return html`<fieldset class="forward-targets">
    <legend>${t.forwardTargets}</legend>
    ${
      rows.length === 0
        ? html`<p class="forward-empty">${t.forwardNoMatches}</p>`
        : html`<ul part="forward-list" class="forward-list">
            ${rows.map(
              (c) =>
                html`<li>
                  <label part="forward-target" class="forward-target">
                    <input
                      type="checkbox"
                      data-forward-target=${c.conversationID}
                      .checked=${r.selected.has(c.conversationID)}
                      ?disabled=${r.busy}
                      @change=${() => onToggle(c.conversationID)}
                    />
                    <span>${c.name || c.conversationID}</span>
                  </label>
                </li>`,
            )}
          </ul>`
    }
  </fieldset>`;
}

export function renderForwardMode(
  r: ForwardRequest,
  t: TimStrings,
  onMerged: (merged: boolean) => void,
): TemplateResult | typeof nothing {
  if (!r.allowMerge) return nothing;
  const option = (merged: boolean, label: string) =>
    html`<label class="forward-mode-option">
      <input
        type="radio"
        name="forward-mode"
        data-forward-mode=${merged ? 'merged' : 'one-by-one'}
        .checked=${r.merged === merged}
        ?disabled=${r.busy}
        @change=${() => onMerged(merged)}
      />
      ${label}
    </label>`;
  return html`<fieldset part="forward-mode" class="forward-mode">
    <legend>${t.forwardMode}</legend>
    ${option(false, t.forwardOneByOne)} ${option(true, t.forwardMerged)}
  </fieldset>`;
}
