import { html, nothing, type TemplateResult } from 'lit';
import type { TimGroup } from '@tim-kit/headless';
import { renderAvatar } from '../internal/avatar.js';
import type { TimGroupStrings } from '../internal/group-i18n.js';

export interface FoundView {
  group: TimGroup;
  /** The user is a member already: offer to open it instead of applying. */
  joined: boolean;
  t: TimGroupStrings;
  reason: string;
  busy: boolean;
  onReason: (value: string) => void;
  onApply: () => void;
  onOpen: () => void;
}

/** A found group's public profile, with "apply to join" and an optional message. */
export function renderFound(v: FoundView): TemplateResult {
  const { group: g, t } = v;
  return html`<section part="found" class="section found" aria-labelledby="found-title">
    <div class="found-head">
      ${renderAvatar(g.groupID, g.name || g.groupID, g.avatar)}
      <div>
        <h3 id="found-title">${g.name || g.groupID}</h3>
        <span class="hint"
          >${t.types[g.type]} · ${t.groupID}: ${g.groupID} · ${t.memberCount(g.memberCount)} ·
          ${t.joinOptions[g.joinOption]}</span
        >
      </div>
    </div>
    ${g.introduction ? html`<p class="intro">${g.introduction}</p>` : nothing}
    ${
      v.joined
        ? html`<div class="row-actions">
            <span>${t.applyResult['already-member']}</span>
            <button type="button" class="button" @click=${v.onOpen}>${t.openGroup}</button>
          </div>`
        : html`<form
            novalidate
            @submit=${(e: Event) => {
              e.preventDefault();
              v.onApply();
            }}
          >
            <div class="field">
              <label for="apply-reason">${t.applyReason}</label>
              <input
                id="apply-reason"
                type="text"
                part="input"
                autocomplete="off"
                .value=${v.reason}
                @input=${(e: Event) => v.onReason((e.target as HTMLInputElement).value)}
              />
            </div>
            <div class="row-actions">
              <button type="submit" class="button primary" part="apply-button" ?disabled=${v.busy}>
                ${v.busy ? t.applying : t.apply}
              </button>
            </div>
          </form>`
    }
  </section>`;
}

export interface FindFormView {
  t: TimGroupStrings;
  query: string;
  /** What is in flight: the search disables its button for both. */
  busy: '' | 'find' | 'apply';
  onQuery: (value: string) => void;
  onSubmit: (event: Event) => void;
}

/** The "find a group by ID" form. */
export function renderFindForm(v: FindFormView): TemplateResult {
  const { t } = v;
  return html`<form part="find" class="section find" novalidate @submit=${v.onSubmit}>
    <div class="field">
      <label for="find-id">${t.findGroup}</label>
      <div class="row-actions">
        <input
          id="find-id"
          type="text"
          part="input"
          autocomplete="off"
          .value=${v.query}
          @input=${(e: Event) => v.onQuery((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="button" part="find-button" ?disabled=${v.busy !== ''}>
          ${v.busy === 'find' ? t.finding : t.find}
        </button>
      </div>
    </div>
  </form>`;
}
