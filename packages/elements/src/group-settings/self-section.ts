import { html, nothing, type TemplateResult } from 'lit';
import { GROUP_LIMITS, type TimReceiveOption } from '@tim-kit/headless';
import { renderByteField } from '../internal/byte-field.js';
import { canInGroup } from '../internal/group-permissions.js';
import { renderReason } from './profile-section.js';
import { memberName, type SettingsView } from './view.js';

const RECEIVE_OPTIONS: readonly TimReceiveOption[] = ['notify', 'silent', 'discard'];

/** The user's own name card and message receive option. */
export function renderSelfSection(v: SettingsView): TemplateResult {
  const { t } = v;
  return html`<section part="self" class="section" aria-labelledby="self-title">
    <h3 id="self-title">${t.mySettings}</h3>
    <form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        v.saveNameCard();
      }}
    >
      ${renderByteField({
        id: 'name-card',
        label: t.nameCard,
        value: v.nameCard,
        max: GROUP_LIMITS.nameCard,
        t,
        onInput: v.setNameCard,
      })}
      <div class="row-actions">
        <button
          type="submit"
          class="button"
          part="save-name-card"
          ?disabled=${v.busy === 'nameCard'}
        >
          ${v.busy === 'nameCard' ? t.saving : t.save}
        </button>
      </div>
    </form>
    <div class="field">
      <label for="receive-option">${t.receiveOption}</label>
      <select
        id="receive-option"
        part="receive-option"
        ?disabled=${v.busy === 'receive'}
        @change=${(e: Event) =>
          v.setReceiveOption((e.target as HTMLSelectElement).value as TimReceiveOption)}
      >
        ${RECEIVE_OPTIONS.map(
          (o) =>
            html`<option value=${o} ?selected=${v.group.receiveOption === o}>
              ${t.receiveOptions[o]}
            </option>`,
        )}
      </select>
    </div>
  </section>`;
}

/** Transfer ownership, leave, dismiss: each off (or absent) with the reason for this group. */
export function renderLeaveSection(v: SettingsView): TemplateResult {
  const { t, group: g } = v;
  const transfer = canInGroup(g, 'transfer');
  const quit = canInGroup(g, 'quit');
  const dismiss = canInGroup(g, 'dismiss');
  const others = v.members.filter((m) => m.userID !== v.selfID);
  const busy = v.busy !== '';
  return html`<section part="leave" class="section" aria-labelledby="leave-title">
    <h3 id="leave-title">${t.leaveOrEnd}</h3>
    <div class="row-actions">
      <label for="transfer-to">${t.transferTo}</label>
      <select
        id="transfer-to"
        part="transfer-select"
        ?disabled=${!transfer.ok || others.length === 0}
        @change=${(e: Event) => v.setTransferTo((e.target as HTMLSelectElement).value)}
      >
        ${others.map(
          (m) =>
            html`<option value=${m.userID} ?selected=${m.userID === v.transferTo}>
              ${memberName(m)}
            </option>`,
        )}
      </select>
      <button
        type="button"
        class="button danger"
        part="transfer-button"
        ?disabled=${!transfer.ok || busy || others.length === 0}
        aria-describedby=${transfer.ok ? nothing : 'transfer-reason'}
        @click=${() => v.transfer(v.transferTo || others[0]?.userID || '')}
      >
        ${t.transfer}
      </button>
    </div>
    ${renderReason('transfer-reason', transfer, t)}
    <div class="row-actions">
      <button
        type="button"
        class="button danger"
        part="quit-button"
        ?disabled=${!quit.ok || busy}
        aria-describedby=${quit.ok ? nothing : 'quit-reason'}
        @click=${v.quit}
      >
        ${t.quit}
      </button>
      ${
        // A Work group has no dismiss at all: the reason stands in for the button.
        g.type === 'Work'
          ? nothing
          : html`<button
              type="button"
              class="button danger"
              part="dismiss-button"
              ?disabled=${!dismiss.ok || busy}
              aria-describedby=${dismiss.ok ? nothing : 'dismiss-reason'}
              @click=${v.dismiss}
            >
              ${t.dismiss}
            </button>`
      }
    </div>
    ${renderReason('quit-reason', quit, t)} ${renderReason('dismiss-reason', dismiss, t)}
  </section>`;
}
