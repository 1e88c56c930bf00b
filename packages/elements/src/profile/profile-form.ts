// The user's own profile as a form in <tim-profile>: nick, avatar URL, gender, birthday,
// location, language, who may add them, and signature, each checked as it is typed.
import { html, type TemplateResult } from 'lit';
import type { TimAllowType, TimGender, TimProfile } from '@tim-kit/headless';
import { renderAvatar } from '../internal/avatar.js';
import { renderTextField } from '../internal/fields.js';
import type { TimRelationStrings } from '../internal/relations-i18n.js';
import { validateDraft, type ProfileDraft } from './profile-draft.js';

const GENDERS: readonly TimGender[] = ['unknown', 'female', 'male'];
const ALLOW_TYPES: readonly TimAllowType[] = ['allow-any', 'need-confirm', 'deny-any'];

export interface ProfileFormView {
  draft: ProfileDraft;
  self: TimProfile;
  rt: TimRelationStrings;
  saving: boolean;
  onEdit: <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => void;
  onSave: () => void;
}

function renderSelect<K extends 'gender' | 'allowType'>(
  v: ProfileFormView,
  key: K,
  label: string,
  part: string,
  options: readonly ProfileDraft[K][],
  words: Record<ProfileDraft[K], string>,
): TemplateResult {
  const value = v.draft[key];
  return html`<div class="field" part="field">
    <label for=${key}>${label}</label>
    <select
      id=${key}
      part=${part}
      @change=${(e: Event) => v.onEdit(key, (e.target as HTMLSelectElement).value as ProfileDraft[K])}
    >
      ${options.map((o) => html`<option value=${o} ?selected=${o === value}>${words[o]}</option>`)}
    </select>
  </div>`;
}

export function renderProfileForm(v: ProfileFormView): TemplateResult {
  const { draft, self, rt } = v;
  const errors = validateDraft(draft, rt);
  const text = (
    key: 'nick' | 'avatar' | 'signature' | 'location' | 'language' | 'birthday',
    label: string,
    type: 'text' | 'url' | 'date' | 'number' = 'text',
    multiline = false,
  ) =>
    renderTextField({
      id: key,
      label,
      type,
      multiline,
      value: draft[key],
      error: errors[key] ?? '',
      part: `${key}-input`,
      onInput: (value) => v.onEdit(key, value),
    });
  return html`<form
    part="form"
    class="form"
    novalidate
    aria-labelledby="title"
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      v.onSave();
    }}
  >
    <div class="identity">
      ${renderAvatar(self.userID, draft.nick || self.userID, errors.avatar ? '' : draft.avatar)}
      <div class="main">
        <h2 id="title">${rt.myProfile}</h2>
        <span class="secondary">${self.userID}</span>
      </div>
    </div>
    <div class="grid">
      ${text('nick', rt.nick)} ${text('avatar', rt.avatarURL, 'url')}
      ${renderSelect(v, 'gender', rt.gender, 'gender-select', GENDERS, rt.genders)}
      ${text('birthday', rt.birthday, 'date')} ${text('location', rt.location)}
      ${text('language', rt.language, 'number')}
      ${renderSelect(v, 'allowType', rt.allowType, 'allow-type-select', ALLOW_TYPES, rt.allowTypes)}
    </div>
    ${text('signature', rt.signature, 'text', true)}
    <div class="actions">
      <button
        part="save-button"
        class="primary save"
        type="submit"
        ?disabled=${v.saving || Object.keys(errors).length > 0}
      >
        ${v.saving ? rt.saving : rt.save}
      </button>
    </div>
  </form>`;
}
