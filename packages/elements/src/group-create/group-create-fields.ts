// The two choice fieldsets of <tim-group-create>: the group type (radios, each with its hint) and
// the initial members (the user's friends as checkboxes plus other user IDs typed in).
import { html, nothing, type TemplateResult } from 'lit';
import type { TimFriend, TimGroupType } from '@tim-kit/headless';
import type { TimGroupStrings } from '../internal/group-i18n.js';

const TYPES: readonly TimGroupType[] = ['Work', 'Public', 'Meeting', 'AVChatRoom', 'Community'];

export function renderTypeChoice(
  t: TimGroupStrings,
  selected: TimGroupType,
  onPick: (type: TimGroupType) => void,
): TemplateResult {
  return html`<fieldset class="types">
    <legend>${t.groupType}</legend>
    ${TYPES.map(
      (type) =>
        html`<label class="type" part="type">
          <input
            type="radio"
            name="group-type"
            value=${type}
            .checked=${selected === type}
            aria-describedby="hint-${type}"
            @change=${() => onPick(type)}
          />
          <span class="type-text">
            <span class="type-name">${t.types[type]}</span>
            <span id="hint-${type}" class="hint" part="type-hint">${t.typeHints[type]}</span>
          </span>
        </label>`,
    )}
  </fieldset>`;
}

export interface MemberChoice {
  t: TimGroupStrings;
  type: TimGroupType;
  friends: readonly TimFriend[];
  chosen: ReadonlySet<string>;
  /** The other user IDs as typed (separated by commas, spaces or new lines). */
  otherIDs: string;
  onChosen(chosen: Set<string>): void;
  onOtherIDs(ids: string): void;
}

export function renderMemberChoice(c: MemberChoice): TemplateResult {
  const t = c.t;
  if (c.type === 'AVChatRoom') {
    return html`<fieldset>
      <legend>${t.initialMembers}</legend>
      <p class="reason" part="reason">${t.avNoMembers}</p>
    </fieldset>`;
  }
  return html`<fieldset>
    <legend>${t.initialMembers}</legend>
    ${
      c.friends.length
        ? html`<div class="picker" part="friend-picker">
            ${c.friends.map(
              (f) =>
                html`<label class="check">
                  <input
                    type="checkbox"
                    data-friend=${f.userID}
                    .checked=${c.chosen.has(f.userID)}
                    @change=${(e: Event) => {
                      const next = new Set(c.chosen);
                      if ((e.target as HTMLInputElement).checked) next.add(f.userID);
                      else next.delete(f.userID);
                      c.onChosen(next);
                    }}
                  />
                  ${f.name}
                </label>`,
            )}
          </div>`
        : nothing
    }
    <div class="field">
      <label for="member-ids">${t.otherIDs}</label>
      <input
        id="member-ids"
        type="text"
        part="input"
        autocomplete="off"
        .value=${c.otherIDs}
        @input=${(e: Event) => c.onOtherIDs((e.target as HTMLInputElement).value)}
      />
    </div>
  </fieldset>`;
}
