import { html, nothing, type TemplateResult } from 'lit';
import { canInGroup } from '../internal/group-permissions.js';
import { renderReason } from './profile-section.js';
import type { SettingsView } from './view.js';

/** User IDs typed into the free field: separated by commas, spaces or new lines. */
export function parseUserIDs(text: string): string[] {
  return text
    .split(/[\s,，、]+/)
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

/** Invite friends (a checkbox list of friends not in the group) or any user ID. */
export function renderInviteSection(v: SettingsView): TemplateResult {
  const { t } = v;
  const allowed = canInGroup(v.group, 'invite');
  const memberIDs = new Set(v.members.map((m) => m.userID));
  const candidates = v.friends.filter((f) => !memberIDs.has(f.userID));
  const busy = v.busy === 'invite';
  return html`<section part="invite" class="section" aria-labelledby="invite-title">
    <h3 id="invite-title">${t.invite}</h3>
    ${
      allowed.ok
        ? html`<form
            novalidate
            @submit=${(e: Event) => {
              e.preventDefault();
              v.invite();
            }}
          >
            <fieldset ?disabled=${busy}>
              <legend>${t.friends}</legend>
              ${
                candidates.length === 0
                  ? html`<span class="hint">${t.noFriendsToInvite}</span>`
                  : html`<div class="picker" part="friend-picker">
                      ${candidates.map(
                        (f) =>
                          html`<label class="check">
                            <input
                              type="checkbox"
                              data-friend=${f.userID}
                              .checked=${v.inviteChosen.has(f.userID)}
                              @change=${(e: Event) =>
                                v.toggleInvite(f.userID, (e.target as HTMLInputElement).checked)}
                            />
                            ${f.name}${f.name !== f.userID ? html` <span class="hint">${f.userID}</span>` : nothing}
                          </label>`,
                      )}
                    </div>`
              }
              <div class="field">
                <label for="invite-ids">${t.otherIDs}</label>
                <input
                  id="invite-ids"
                  type="text"
                  part="invite-input"
                  autocomplete="off"
                  .value=${v.inviteText}
                  @input=${(e: Event) => v.setInviteText((e.target as HTMLInputElement).value)}
                />
              </div>
              <div class="row-actions">
                <button type="submit" class="button primary" part="invite-button">
                  ${t.inviteButton}
                </button>
              </div>
            </fieldset>
          </form>`
        : renderReason('invite-reason', allowed, t)
    }
  </section>`;
}
