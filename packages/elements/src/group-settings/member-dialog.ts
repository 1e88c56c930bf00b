import { html, nothing, type TemplateResult } from 'lit';
import type { TimGroupMember } from '@tim-kit/headless';
import { renderAvatar } from '../internal/avatar.js';
import { canInGroup, canOnMember, hasAdmins } from '../internal/group-permissions.js';
import { formatCountdown, formatDuration } from '../internal/ticker.js';
import { renderReason } from './profile-section.js';
import { MUTE_CHOICES, memberName, type SettingsView } from './view.js';

function renderBody(m: TimGroupMember, v: SettingsView): TemplateResult {
  const { t, group: g } = v;
  const name = memberName(m);
  const role = canOnMember(g, v.selfID, m, 'setAdmin');
  const mute = canOnMember(g, v.selfID, m, 'mute');
  const kick = canOnMember(g, v.selfID, m, 'kick');
  const transfer = canInGroup(g, 'transfer');
  const muted = m.muteUntil > v.now;
  const busy = v.busy !== '';
  return html`<div class="member-head">
      ${renderAvatar(m.userID, name, m.avatar)}
      <div>
        <h2 id="member-title">${t.memberTitle(name)}</h2>
        <span class="hint"
          >${m.userID} ·
          ${t.roles[m.role]}${
            muted ? ` · ${t.mutedFor(formatCountdown(m.muteUntil - v.now, v.lang))}` : ''
          }</span
        >
      </div>
    </div>
    <div class="member-actions">
      ${
        hasAdmins(g.type) || !role.ok
          ? html`<div class="action">
              <button
                type="button"
                class="button"
                part="role-button"
                ?disabled=${!role.ok || busy}
                aria-describedby=${role.ok ? nothing : 'role-reason'}
                @click=${() => v.setRole(m, m.role === 'admin' ? 'member' : 'admin')}
              >
                ${m.role === 'admin' ? t.unsetAdmin : t.setAdmin}
              </button>
              ${renderReason('role-reason', role, t)}
            </div>`
          : nothing
      }
      <div class="action">
        <div class="row-actions">
          <label for="mute-seconds">${t.muteDuration}</label>
          <select
            id="mute-seconds"
            part="mute-duration"
            ?disabled=${!mute.ok}
            @change=${(e: Event) => v.setMuteSeconds(Number((e.target as HTMLSelectElement).value))}
          >
            ${MUTE_CHOICES.map(
              (s) =>
                html`<option value=${s} ?selected=${s === v.muteSeconds}>
                  ${formatDuration(s, v.lang)}
                </option>`,
            )}
          </select>
          <button
            type="button"
            class="button"
            part="mute-button"
            ?disabled=${!mute.ok || busy}
            aria-describedby=${mute.ok ? nothing : 'mute-reason'}
            @click=${() => v.mute(m, v.muteSeconds)}
          >
            ${t.mute}
          </button>
          ${
            muted
              ? html`<button
                  type="button"
                  class="button"
                  part="unmute-button"
                  ?disabled=${!mute.ok || busy}
                  @click=${() => v.mute(m, 0)}
                >
                  ${t.unmute}
                </button>`
              : nothing
          }
        </div>
        ${renderReason('mute-reason', mute, t)}
      </div>
      <div class="action">
        <button
          type="button"
          class="button danger"
          part="kick-button"
          ?disabled=${!kick.ok || busy}
          aria-describedby=${kick.ok ? nothing : 'kick-reason'}
          @click=${() => v.kick(m)}
        >
          ${t.kick}
        </button>
        ${renderReason('kick-reason', kick, t)}
      </div>
      <div class="action">
        <button
          type="button"
          class="button danger"
          part="make-owner-button"
          ?disabled=${!transfer.ok || busy}
          aria-describedby=${transfer.ok ? nothing : 'owner-reason'}
          @click=${() => v.transfer(m.userID)}
        >
          ${t.makeOwner}
        </button>
        ${renderReason('owner-reason', transfer, t)}
      </div>
    </div>
    <div class="dialog-actions">
      <button type="button" class="button" part="close-button" @click=${v.closeMember}>
        ${t.close}
      </button>
    </div>`;
}

/** The actions on one member, in a modal dialog; each off action says why. */
export function renderMemberDialog(
  v: SettingsView,
  member: TimGroupMember | undefined,
): TemplateResult {
  return html`<dialog
    data-member-dialog
    part="member-dialog"
    class="dialog"
    aria-labelledby="member-title"
    @cancel=${(e: Event) => {
      e.preventDefault();
      v.closeMember();
    }}
  >
    ${member ? renderBody(member, v) : nothing}
  </dialog>`;
}
