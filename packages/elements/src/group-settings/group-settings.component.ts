import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  LoginStatus,
  TimCore,
  TimFriend,
  TimGroup,
  TimGroupApplications,
  TimGroupMember,
  TimUser,
} from '@tim-kit/headless';
import { TimCoreElement } from '../internal/core-element.js';
import { StoreController } from '../internal/store-controller.js';
import { LoadStatusController } from '../internal/load-status.js';
import { renderNoticeLines } from '../internal/notice-lines.js';
import { ConfirmController, confirmDialogStyles } from '../internal/confirm-dialog.js';
import { TickController } from '../internal/ticker.js';
import { groupStrings, type TimGroupStrings } from '../internal/group-i18n.js';
import { formStyles } from '../internal/form.styles.js';
import { shared, tokens } from '../themes/tokens.styles.js';
import { renderProfileSection } from './profile-section.js';
import { renderMembersSection } from './members-section.js';
import { renderMemberDialog } from './member-dialog.js';
import { renderInviteSection } from './invite-section.js';
import { renderRequestsSection } from './requests-section.js';
import { renderLeaveSection, renderSelfSection } from './self-section.js';
import { SettingsActions } from './settings-actions.js';
import type { ProfileDraft, SettingsView } from './view.js';
import styles from './group-settings.styles.js';

/**
 * @tagname tim-group-settings
 * @summary A group's profile, members, invitations, join requests and the user's own settings.
 *
 * Shows the group `group-id` names, as the logged-in user sees it. Every control follows Tencent's
 * permission table for the group type and the user's role: what the user may not do is disabled
 * (or, where it does not exist for the type, absent) with the reason in words. Text fields count
 * UTF-8 bytes against Tencent's limits and refuse to save over them, before any request. Removing
 * a member, transferring ownership, leaving and dismissing ask first in a modal dialog.
 * The member list is virtualized; set `--tim-group-members-height` to size it.
 *
 * @event {CustomEvent<TimGroupLeaveDetail>} tim-group-quit - The user left the group.
 * @event {CustomEvent<TimGroupLeaveDetail>} tim-group-dismiss - The user dismissed the group.
 * @event {CustomEvent<TimErrorDetail>} tim-error - An action failed; the words show in the element.
 *
 * @csspart base - The wrapper of the whole element.
 * @csspart notice - The line that reports the outcome of the last action.
 * @csspart loading - The loading state (`role="status"`) shown until the group is loaded.
 * @csspart load-error - Shown in place of the group when it could not be loaded (or signed out).
 * @csspart profile - The group profile section.
 * @csspart profile-form - The profile fields (disabled for those who may not edit).
 * @csspart title - The group's name.
 * @csspart group-id - The group's ID.
 * @csspart input - Every text field.
 * @csspart counter - The byte count under a text field.
 * @csspart field-error - What is wrong with a field.
 * @csspart reason - Why a control is off for this user and group type.
 * @csspart join-option - The join option select.
 * @csspart mute-all - The mute-all checkbox.
 * @csspart save-profile - The profile's save button.
 * @csspart members - The members section.
 * @csspart member-list - The scrolling, virtualized member list.
 * @csspart member - One member row.
 * @csspart avatar - An avatar image or initials.
 * @csspart member-name - A member's name card, nick or ID.
 * @csspart role - The owner or admin badge.
 * @csspart mute-timer - Time left of a member's mute.
 * @csspart manage-button - Opens the actions on a member.
 * @csspart load-more - Loads the next page of members.
 * @csspart member-dialog - The dialog of actions on one member.
 * @csspart role-button - Make or remove an admin.
 * @csspart mute-duration - The mute duration select.
 * @csspart mute-button - Mute the member.
 * @csspart unmute-button - Unmute the member.
 * @csspart kick-button - Remove the member.
 * @csspart make-owner-button - Transfer ownership to the member.
 * @csspart close-button - Closes the member dialog.
 * @csspart invite - The invite section.
 * @csspart friend-picker - The friends to choose from.
 * @csspart invite-input - Free user IDs to invite.
 * @csspart invite-button - Sends the invitation.
 * @csspart requests - The join requests section.
 * @csspart request - One join request.
 * @csspart request-text - Who asks to join, and their message.
 * @csspart accept-button - Accepts a request.
 * @csspart refuse-button - Refuses a request.
 * @csspart self - The user's own settings section.
 * @csspart save-name-card - Saves the user's name card.
 * @csspart receive-option - The message receive option select.
 * @csspart leave - The ownership and leaving section.
 * @csspart transfer-select - The new owner select.
 * @csspart transfer-button - Transfers ownership.
 * @csspart quit-button - Leaves the group.
 * @csspart dismiss-button - Dismisses the group.
 * @csspart confirm-dialog - The dialog that asks before a destructive action.
 * @csspart confirm-button - Confirms the destructive action.
 * @csspart confirm-cancel - Cancels it (focused first).
 *
 * @cssproperty --tim-group-members-height - Height of the member list (default 320px).
 * @cssproperty --tim-color-danger - Colour of destructive buttons and errors.
 * @cssproperty --tim-color-primary - Colour of the main buttons.
 */
export class TimGroupSettings extends TimCoreElement {
  static override styles = [tokens, shared, formStyles, confirmDialogStyles, styles];

  /** The group to show. */
  @property({ attribute: 'group-id', reflect: true }) groupId = '';

  private readonly profile = new StoreController<TimGroup | null>(this);
  private readonly members = new StoreController<readonly TimGroupMember[]>(this);
  private readonly complete = new StoreController<boolean>(this);
  private readonly applications = new StoreController<TimGroupApplications>(this);
  private readonly friends = new StoreController<readonly TimFriend[]>(this);
  private readonly user = new StoreController<TimUser | null>(this);
  private readonly loginStatus = new StoreController<LoginStatus>(this);
  private readonly loadStatus = new LoadStatusController(this);
  private readonly confirm = new ConfirmController(this, {
    cancelLabel: () => this.gt.cancel,
    parts: { cancel: 'confirm-cancel' },
  });
  private readonly actions = new SettingsActions(this, this.confirm);

  @state() private loadFailed = '';
  /** Edits not saved yet; the UI state actions change lives in `actions`. */
  @state() private draft: ProfileDraft = {};
  private boundKey = '';

  constructor() {
    super();
    new TickController(this, () =>
      (this.members.value ?? []).some((m) => m.muteUntil > Date.now()),
    );
  }

  /** @internal The words of the group elements in the language in use. */
  get gt(): TimGroupStrings {
    return groupStrings(this.timLang);
  }

  protected override coreChanged(core: TimCore | undefined): void {
    this.applications.setStore(core?.groups.$applications);
    this.friends.setStore(core?.friends.$friends);
    this.user.setStore(core?.auth.$user);
    this.loginStatus.setStore(core?.auth.$loginStatus);
    this.loadStatus.setStores(core);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const core = this.timCore;
    const handle = core && this.groupId ? core.groups.group(this.groupId) : undefined;
    this.profile.setStore(handle?.$profile);
    this.members.setStore(handle?.$members);
    this.complete.setStore(handle?.$isMembersComplete);
    const loggedIn = this.loginStatus.value === 'logged-in';
    const key = handle && loggedIn ? `${this.groupId}` : '';
    if (key !== this.boundKey) {
      this.boundKey = key;
      this.draft = {};
      this.actions.reset();
      this.loadStatus.setOwnState('pending');
      if (key) void this.load();
    }
  }

  private async load(): Promise<void> {
    const core = this.timCore;
    if (!core) return;
    const handle = core.groups.group(this.groupId);
    this.loadFailed = '';
    try {
      await handle.refresh();
      if (handle.$members.get().length === 0) await handle.loadMembers();
      const group = handle.$profile.get();
      if (group && group.selfRole !== 'member' && group.type !== 'Work')
        await core.groups.loadApplications();
      this.loadStatus.setOwnState('loaded');
    } catch (error) {
      this.loadFailed = this.actions.report(error, 'groups.refresh');
      this.loadStatus.setOwnState('failed');
    }
  }

  /** Reloads the group's profile, members and join requests. */
  async refresh(): Promise<void> {
    await this.load();
  }

  private view(group: TimGroup): SettingsView {
    const a = this.actions;
    return {
      group,
      selfID: this.user.value?.userID ?? '',
      members: this.members.value ?? [],
      membersComplete: this.complete.value ?? true,
      applications: this.applications.value?.list ?? [],
      friends: this.friends.value ?? [],
      t: this.gt,
      lang: this.timLang,
      busy: a.busy,
      now: Date.now(),
      draft: this.draft,
      nameCard: a.nameCard ?? this.ownNameCard(),
      inviteChosen: a.inviteChosen,
      inviteText: a.inviteText,
      transferTo: a.transferTo,
      muteSeconds: a.muteSeconds,
      setDraft: (patch) => (this.draft = { ...this.draft, ...patch }),
      saveProfile: () =>
        void a.saveProfile(group, this.draft).then((ok) => ok && (this.draft = {})),
      ...a.bindings(group),
    };
  }

  private ownNameCard(): string {
    const selfID = this.user.value?.userID;
    return (this.members.value ?? []).find((m) => m.userID === selfID)?.nameCard ?? '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.actions.syncMemberDialog();
  }

  protected override render(): TemplateResult {
    if (!this.timCore) return this.renderNoCore();
    const t = this.gt;
    const group = this.profile.value;
    const notice = this.actions.notice;
    const noticeLines = renderNoticeLines(notice, group ? this.loadFailed : '');
    if (!this.groupId) return html`<div part="base" class="state">${t.noGroupID}</div>`;
    if (!group) {
      return html`<div part="base" class="base">
        ${noticeLines}
        ${
          this.loadStatus.view === 'ready'
            ? html`<div class="state" role="status">${t.notInGroup}</div>`
            : this.loadStatus.render({ reason: this.loadFailed })
        }
      </div>`;
    }
    const v = this.view(group);
    const selected = v.members.find((m) => m.userID === this.actions.memberID);
    return html`<div part="base" class="base" role="region" aria-label=${t.settingsOf(group.name)}>
      ${noticeLines} ${renderProfileSection(v)} ${renderMembersSection(v)} ${renderInviteSection(v)}
      ${renderRequestsSection(v)} ${renderSelfSection(v)} ${renderLeaveSection(v)}
      ${renderMemberDialog(v, selected)} ${this.confirm.render()}
    </div>`;
  }
}
