import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { TimCore, TimFriend, TimProfile } from '@tim-kit/headless';
import { TimCoreElement } from '../internal/core-element.js';
import { StoreController } from '../internal/store-controller.js';
import { FeedbackController } from '../internal/feedback.js';
import { LoadStatusController } from '../internal/load-status.js';
import { ConfirmController, confirmDialogStyles } from '../internal/confirm-dialog.js';
import { relationStrings, type TimRelationStrings } from '../internal/relations-i18n.js';
import { emit } from '../events/events.js';
import '../events/relation-events.js';
import { shared, tokens } from '../themes/tokens.styles.js';
import { controls } from '../themes/controls.styles.js';
import { changesOf, draftOf, validateDraft, type ProfileDraft } from './profile-draft.js';
import { ProfileCard } from './profile-card.js';
import { renderProfileForm } from './profile-form.js';
import styles from './profile.styles.js';

/**
 * @tagname tim-profile
 * @summary The own profile as a form, or another user's profile card with friend, message and
 * block actions.
 *
 * Without `user-id` (or with the user's own ID) it edits the logged-in user's nickname, avatar
 * URL, signature, gender, birthday, location, language code and who may add them as a friend.
 * Every field is checked against Tencent's limits as it is typed, with the reason next to it;
 * only the changed fields are saved. With `user-id` set to someone else it shows their profile
 * read-only, with "Add friend" (the outcome in words), "Message" and "Block" / "Unblock".
 *
 * @event {CustomEvent<TimProfileUpdateDetail>} tim-profile-update - The own profile was saved.
 * @event {CustomEvent<TimConversationSelectDetail>} tim-conversation-select - "Message" was
 * chosen on another user's card.
 * @event {CustomEvent<TimFriendAddDetail>} tim-friend-add - "Add friend" got an answer.
 * @event {CustomEvent<TimBlacklistChangeDetail>} tim-blacklist-change - The user was blocked or
 * unblocked from the card.
 * @event {CustomEvent<TimErrorDetail>} tim-error - An action failed.
 *
 * @csspart base - The wrapper of the whole element.
 * @csspart form - The own-profile form.
 * @csspart loading - The loading state (`role="status"`) until the profile arrives.
 * @csspart load-error - Shown in place of the profile when it could not be loaded (or signed out).
 * @csspart field - A labelled form field.
 * @csspart field-error - A field's validation message.
 * @csspart nick-input - The nickname input.
 * @csspart avatar-input - The avatar URL input.
 * @csspart signature-input - The signature input.
 * @csspart gender-select - The gender select.
 * @csspart birthday-input - The birthday date input.
 * @csspart location-input - The location input.
 * @csspart language-input - The language code input.
 * @csspart allow-type-select - Who may add the user as a friend.
 * @csspart save-button - Saves the profile.
 * @csspart card - Another user's profile card.
 * @csspart avatar - The avatar.
 * @csspart name - The shown name.
 * @csspart tag - "Friend" or "Blocked" on a card.
 * @csspart facts - The profile fields on a card.
 * @csspart add-friend-button - Sends a friend request from the card.
 * @csspart message-button - Opens a chat from the card.
 * @csspart block-button - Blocks or unblocks from the card.
 * @csspart add-result - How the friend request from the card ended.
 * @csspart error - The alert region that shows failures.
 * @csspart notice - The status region that confirms actions.
 * @csspart confirm-dialog - The confirmation dialog.
 * @csspart cancel-button - The dialog's Cancel button.
 * @csspart confirm-button - The dialog's confirming button.
 *
 * @cssproperty --tim-color-primary - Background of primary buttons.
 * @cssproperty --tim-color-danger - Colour of validation messages and destructive buttons.
 * @cssproperty --tim-avatar-size - Avatar diameter.
 */
export class TimProfileElement extends TimCoreElement {
  static override styles = [tokens, shared, controls, styles, confirmDialogStyles];

  /** Show this user's card instead of the own profile form. */
  @property({ attribute: 'user-id' }) userId = '';

  @state() private draft: ProfileDraft | null = null;
  @state() private saving = false;

  private readonly self = new StoreController<TimProfile | null>(this);
  private readonly friends = new StoreController<readonly TimFriend[]>(this);
  private readonly blocked = new StoreController<readonly string[]>(this);
  private readonly feedback = new FeedbackController(this);
  private readonly load = new LoadStatusController(this);
  private readonly confirm = new ConfirmController(this, { cancelLabel: () => this.rt.cancel });
  private readonly card = new ProfileCard(this, this.feedback, this.confirm);
  private draftFor: TimProfile | null = null;

  protected override coreChanged(core: TimCore | undefined): void {
    this.self.setStore(core?.profile.$self);
    this.friends.setStore(core?.friends.$friends);
    this.blocked.setStore(core?.blacklist.$blacklist);
    this.load.setStores(core, core?.profile.$loadState);
    this.card.userID = '';
    this.draft = null;
  }

  private get rt(): TimRelationStrings {
    return relationStrings(this.timLang);
  }

  private get showsSelf(): boolean {
    return this.userId === '' || this.userId === this.self.value?.userID;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.showsSelf) {
      // Reading a profile needs a login; until then (and while it is read) the host says so.
      if (this.load.loginStatus === 'logged-in') this.card.load(this.userId);
      this.load.setOwnState(this.card.loadState);
      return;
    }
    this.load.setOwnState(undefined);
    const self = this.self.value ?? null;
    // Start the form from the profile once; later pushes only refresh an untouched form.
    if (self && (!this.draft || (this.draftFor !== self && !this.isDirty()))) {
      this.draft = draftOf(self);
      this.draftFor = self;
    }
  }

  private isDirty(): boolean {
    const base = this.draftFor;
    return !!(this.draft && base && Object.keys(changesOf(this.draft, base)).length > 0);
  }

  /** Saves the changed fields of the own profile form. */
  async save(): Promise<void> {
    const core = this.timCore;
    const draft = this.draft;
    const self = this.self.value;
    if (!core || !draft || !self || this.saving) return;
    if (Object.keys(validateDraft(draft, this.rt)).length > 0) return;
    const changes = changesOf(draft, self);
    if (Object.keys(changes).length === 0) {
      this.feedback.say(this.rt.nothingChanged);
      return;
    }
    this.saving = true;
    const ok = await this.feedback.run('profile.updateSelf', async () => {
      const profile = await core.profile.updateSelf(changes);
      this.draft = draftOf(profile);
      this.draftFor = profile;
      emit(this, 'tim-profile-update', { profile });
    });
    this.saving = false;
    if (ok) this.feedback.say(this.rt.profileSaved);
  }

  private edit<K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]): void {
    if (this.draft) this.draft = { ...this.draft, [key]: value };
  }

  protected override render(): TemplateResult {
    if (!this.timCore) return this.renderNoCore();
    const self = this.self.value;
    let body: TemplateResult;
    if (this.load.view !== 'ready') {
      body = html`${this.load.render()}`;
    } else if (!this.showsSelf) {
      body = this.card.render({
        isFriend: (this.friends.value ?? []).some((f) => f.userID === this.userId),
        isBlocked: (this.blocked.value ?? []).includes(this.userId),
      });
    } else if (self && this.draft) {
      body = renderProfileForm({
        draft: this.draft,
        self,
        rt: this.rt,
        saving: this.saving,
        onEdit: (key, value) => this.edit(key, value),
        onSave: () => void this.save(),
      });
    } else {
      body = html`${this.load.render()}`;
    }
    return html`<div part="base" class="base">
      ${body} ${this.feedback.render()} ${this.confirm.render()}
    </div>`;
  }
}
