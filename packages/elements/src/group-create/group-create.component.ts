import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  GROUP_LIMITS,
  type CreateGroupOptions,
  type TimCore,
  type TimFriend,
  type TimGroupType,
  type TimJoinOption,
} from '@tim-kit/headless';
import { TimCoreElement } from '../internal/core-element.js';
import { StoreController } from '../internal/store-controller.js';
import { fits, renderByteField } from '../internal/byte-field.js';
import { groupErrorText, groupStrings, type TimGroupStrings } from '../internal/group-i18n.js';
import { hasJoinOption } from '../internal/group-permissions.js';
import { formStyles } from '../internal/form.styles.js';
import { renderNoticeLines } from '../internal/notice-lines.js';
import { emit, toErrorDetail } from '../events/events.js';
import { shared, tokens } from '../themes/tokens.styles.js';
import { parseUserIDs } from '../group-settings/invite-section.js';
import { renderMemberChoice, renderTypeChoice } from './group-create-fields.js';
import styles from './group-create.styles.js';

const JOIN_OPTIONS: readonly TimJoinOption[] = ['free', 'approval', 'disabled'];

/**
 * @tagname tim-group-create
 * @summary A form that creates a group of any type and opens its conversation.
 *
 * Each of the five group types comes with a short explanation. The name (30 bytes), custom ID
 * (48), introduction (240) and announcement (300) count UTF-8 bytes and are refused over
 * Tencent's limits before any request. Initial members are picked from the user's friends or
 * typed as user IDs (not for live broadcast groups); the join option applies to Public groups and
 * Communities. Once created, the group's conversation becomes the active one.
 *
 * @event {CustomEvent<TimGroupCreateDetail>} tim-group-create - A group was created.
 * `detail` has its `groupID`, `type` and `name`.
 * @event {CustomEvent<TimErrorDetail>} tim-error - Creating failed; the words show in the form.
 *
 * @csspart base - The form.
 * @csspart type - One group type choice.
 * @csspart type-hint - The explanation of a group type.
 * @csspart input - Every text field.
 * @csspart counter - The byte count under a text field.
 * @csspart field-error - What is wrong with a field.
 * @csspart friend-picker - The friends to add as members.
 * @csspart reason - Why a field does not apply to the chosen type.
 * @csspart join-option - The join option select.
 * @csspart create-button - Creates the group.
 * @csspart notice - The outcome of the last attempt.
 *
 * @cssproperty --tim-color-primary - Colour of the create button.
 */
export class TimGroupCreate extends TimCoreElement {
  static override styles = [tokens, shared, formStyles, styles];

  /** The type chosen when the form opens. */
  @property({ attribute: 'group-type' }) groupType: TimGroupType = 'Work';

  private readonly friends = new StoreController<readonly TimFriend[]>(this);

  @state() private chosenType: TimGroupType | null = null;
  @state() private name = '';
  @state() private customID = '';
  @state() private chosen = new Set<string>();
  @state() private otherIDs = '';
  @state() private joinOption: TimJoinOption = 'approval';
  @state() private introduction = '';
  @state() private notification = '';
  @state() private busy = false;
  @state() private notice: { text: string; error: boolean } | null = null;

  private get gt(): TimGroupStrings {
    return groupStrings(this.timLang);
  }

  private get type(): TimGroupType {
    return this.chosenType ?? this.groupType;
  }

  protected override coreChanged(core: TimCore | undefined): void {
    this.friends.setStore(core?.friends.$friends);
  }

  /** Empties the form. */
  reset(): void {
    this.chosenType = null;
    this.name = this.customID = this.otherIDs = this.introduction = this.notification = '';
    this.chosen = new Set();
    this.joinOption = 'approval';
  }

  private options(): CreateGroupOptions | null {
    const ok =
      fits(this.name, GROUP_LIMITS.name, true) &&
      fits(this.customID, GROUP_LIMITS.groupID) &&
      fits(this.introduction, GROUP_LIMITS.introduction) &&
      fits(this.notification, GROUP_LIMITS.notification);
    if (!ok) return null;
    const type = this.type;
    const members =
      type === 'AVChatRoom' ? [] : [...new Set([...this.chosen, ...parseUserIDs(this.otherIDs)])];
    return {
      type,
      name: this.name.trim(),
      ...(this.customID.trim() ? { groupID: this.customID.trim() } : {}),
      ...(members.length ? { members } : {}),
      ...(hasJoinOption(type) ? { joinOption: this.joinOption } : {}),
      ...(this.introduction ? { introduction: this.introduction } : {}),
      ...(this.notification ? { notification: this.notification } : {}),
    };
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const core = this.timCore;
    if (!core || this.busy) return;
    const options = this.options();
    if (!options) {
      // Refused here, before any request: the fields already say which one is wrong.
      this.notice = { text: groupErrorText(this.timLang, 10004), error: true };
      return;
    }
    this.busy = true;
    this.notice = null;
    try {
      const group = await core.groups.createGroup(options);
      this.notice = { text: this.gt.created(group.name), error: false };
      this.reset();
      emit(this, 'tim-group-create', {
        groupID: group.groupID,
        type: group.type,
        name: group.name,
      });
      core.conversations.setActive(`GROUP${group.groupID}`);
    } catch (error) {
      const detail = toErrorDetail(error, 'groups.createGroup');
      emit(this, 'tim-error', detail);
      this.notice = {
        text: groupErrorText(this.timLang, detail.code, detail.message),
        error: true,
      };
    } finally {
      this.busy = false;
    }
  }

  protected override render(): TemplateResult {
    if (!this.timCore) return this.renderNoCore();
    const t = this.gt;
    const joinFixed = !hasJoinOption(this.type);
    const text = (
      id: string,
      label: string,
      value: string,
      max: number,
      set: (v: string) => void,
    ) =>
      renderByteField({
        id,
        label,
        value,
        max,
        t,
        onInput: set,
        multiline: id !== 'name' && id !== 'custom-id',
        required: id === 'name',
        ...(id === 'custom-id' ? { hint: t.customIDHint } : {}),
      });
    return html`<form
      part="base"
      class="base"
      novalidate
      aria-labelledby="create-title"
      @submit=${this.submit}
    >
      <h2 id="create-title">${t.newGroup}</h2>
      ${renderTypeChoice(t, this.type, (type) => (this.chosenType = type))}
      ${text('name', t.name, this.name, GROUP_LIMITS.name, (v) => (this.name = v))}
      ${text('custom-id', t.customID, this.customID, GROUP_LIMITS.groupID, (v) => (this.customID = v))}
      ${renderMemberChoice({
        t,
        type: this.type,
        friends: this.friends.value ?? [],
        chosen: this.chosen,
        otherIDs: this.otherIDs,
        onChosen: (chosen) => (this.chosen = chosen),
        onOtherIDs: (ids) => (this.otherIDs = ids),
      })}
      <div class="field">
        <label for="join-option">${t.joinOption}</label>
        <select
          id="join-option"
          part="join-option"
          ?disabled=${joinFixed}
          aria-describedby=${joinFixed ? 'join-reason' : nothing}
          @change=${(e: Event) =>
            (this.joinOption = (e.target as HTMLSelectElement).value as TimJoinOption)}
        >
          ${JOIN_OPTIONS.map(
            (o) =>
              html`<option value=${o} ?selected=${this.joinOption === o}>
                ${t.joinOptions[o]}
              </option>`,
          )}
        </select>
        ${joinFixed ? html`<p id="join-reason" class="reason" part="reason">${t.reasons.fixedJoinOption}</p>` : nothing}
      </div>
      ${text('introduction', t.introduction, this.introduction, GROUP_LIMITS.introduction, (v) => (this.introduction = v))}
      ${text('notification', t.notification, this.notification, GROUP_LIMITS.notification, (v) => (this.notification = v))}
      ${renderNoticeLines(this.notice)}
      <div class="row-actions">
        <button type="submit" class="button primary" part="create-button" ?disabled=${this.busy}>
          ${this.busy ? t.creating : t.create}
        </button>
      </div>
    </form>`;
  }
}
