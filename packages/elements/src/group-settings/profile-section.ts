import { html, nothing, type TemplateResult } from 'lit';
import { GROUP_LIMITS, type GroupProfilePatch, type TimGroup } from '@tim-kit/headless';
import { renderAvatar } from '../internal/avatar.js';
import { fits, renderByteField } from '../internal/byte-field.js';
import { canInGroup, type Decision } from '../internal/group-permissions.js';
import type { TimGroupStrings } from '../internal/group-i18n.js';
import type { ProfileDraft, SettingsView } from './view.js';

const JOIN_OPTIONS = ['free', 'approval', 'disabled'] as const;

/** The fields of a draft that differ from the group, as an updateProfile patch. */
export function profilePatch(group: TimGroup, draft: ProfileDraft): GroupProfilePatch {
  const patch: GroupProfilePatch = {};
  if (draft.name !== undefined && draft.name !== group.name) patch.name = draft.name;
  if (draft.avatar !== undefined && draft.avatar !== group.avatar) patch.avatar = draft.avatar;
  if (draft.notification !== undefined && draft.notification !== group.notification)
    patch.notification = draft.notification;
  if (draft.introduction !== undefined && draft.introduction !== group.introduction)
    patch.introduction = draft.introduction;
  if (draft.joinOption !== undefined && draft.joinOption !== group.joinOption)
    patch.joinOption = draft.joinOption;
  if (draft.muteAll !== undefined && draft.muteAll !== group.isMutedAll)
    patch.muteAll = draft.muteAll;
  return patch;
}

/** True when every edited text fits Tencent's byte limits (and the name is not empty). */
export function draftFits(group: TimGroup, draft: ProfileDraft): boolean {
  return (
    fits(draft.name ?? group.name, GROUP_LIMITS.name, true) &&
    fits(draft.avatar ?? group.avatar, GROUP_LIMITS.avatar) &&
    fits(draft.notification ?? group.notification, GROUP_LIMITS.notification) &&
    fits(draft.introduction ?? group.introduction, GROUP_LIMITS.introduction)
  );
}

/** The reason a control is off, linked to it with aria-describedby. */
export function renderReason(id: string, decision: Decision, t: TimGroupStrings) {
  return decision.ok
    ? nothing
    : html`<p id=${id} class="reason" part="reason">${t.reasons[decision.reason]}</p>`;
}

/** The group's profile: read-only with the reason for those who may not edit it, else a form. */
export function renderProfileSection(v: SettingsView): TemplateResult {
  const { group: g, draft, t } = v;
  const edit = canInGroup(g, 'editProfile');
  const joinOption = canInGroup(g, 'joinOption');
  const muteAll = canInGroup(g, 'muteAll');
  const busy = v.busy === 'profile';
  const field = (
    key: 'name' | 'avatar' | 'notification' | 'introduction',
    label: string,
    extra: { multiline?: boolean; required?: boolean; type?: 'url' } = {},
  ) =>
    renderByteField({
      id: `profile-${key}`,
      label,
      value: draft[key] ?? g[key],
      max: GROUP_LIMITS[key],
      t,
      onInput: (value) => v.setDraft({ [key]: value }),
      ...extra,
    });
  return html`<section part="profile" class="section" aria-labelledby="profile-title">
    <div class="profile-head">
      ${renderAvatar(g.groupID, draft.name ?? g.name, g.avatar)}
      <div>
        <h2 id="profile-title" part="title">${g.name}</h2>
        <span class="hint"
          >${t.types[g.type]} · ${t.groupID}: <span part="group-id">${g.groupID}</span> ·
          ${t.memberCount(g.memberCount)}</span
        >
      </div>
    </div>
    <form
      class="form"
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        v.saveProfile();
      }}
    >
      <fieldset
        part="profile-form"
        ?disabled=${!edit.ok || busy}
        aria-describedby=${edit.ok ? nothing : 'profile-reason'}
      >
        <legend class="sr-only">${t.profile}</legend>
        ${renderReason('profile-reason', edit, t)} ${field('name', t.name, { required: true })}
        ${field('avatar', t.avatarURL, { type: 'url' })}
        ${field('notification', t.notification, { multiline: true })}
        ${field('introduction', t.introduction, { multiline: true })}
        <div class="field">
          <label for="profile-join">${t.joinOption}</label>
          <select
            id="profile-join"
            part="join-option"
            ?disabled=${!joinOption.ok}
            aria-describedby=${joinOption.ok || !edit.ok ? nothing : 'join-reason'}
            @change=${(e: Event) =>
              v.setDraft({
                joinOption: (e.target as HTMLSelectElement).value as ProfileDraft['joinOption'],
              })}
          >
            ${JOIN_OPTIONS.map(
              (o) =>
                html`<option value=${o} ?selected=${(draft.joinOption ?? g.joinOption) === o}>
                  ${t.joinOptions[o]}
                </option>`,
            )}
          </select>
          ${edit.ok ? renderReason('join-reason', joinOption, t) : nothing}
        </div>
        <label class="check">
          <input
            type="checkbox"
            part="mute-all"
            .checked=${draft.muteAll ?? g.isMutedAll}
            ?disabled=${!muteAll.ok}
            aria-describedby=${muteAll.ok || !edit.ok ? nothing : 'mute-all-reason'}
            @change=${(e: Event) => v.setDraft({ muteAll: (e.target as HTMLInputElement).checked })}
          />
          ${t.muteAll}
        </label>
        ${edit.ok ? renderReason('mute-all-reason', muteAll, t) : nothing}
        <div class="row-actions">
          <button type="submit" class="button primary" part="save-profile" ?hidden=${!edit.ok}>
            ${busy ? t.saving : t.save}
          </button>
        </div>
      </fieldset>
    </form>
  </section>`;
}
