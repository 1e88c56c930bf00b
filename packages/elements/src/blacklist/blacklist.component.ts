import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { TimCore, TimProfile } from '@tim-kit/headless';
import { TimCoreElement } from '../internal/core-element.js';
import { StoreController } from '../internal/store-controller.js';
import { FeedbackController } from '../internal/feedback.js';
import { LoadStatusController } from '../internal/load-status.js';
import { ConfirmController, confirmDialogStyles } from '../internal/confirm-dialog.js';
import { renderAvatar } from '../internal/avatar.js';
import { relationStrings, type TimRelationStrings } from '../internal/relations-i18n.js';
import { emit } from '../events/events.js';
import '../events/relation-events.js';
import { shared, tokens } from '../themes/tokens.styles.js';
import { controls } from '../themes/controls.styles.js';

/**
 * @tagname tim-blacklist
 * @summary The users the user blocked, with block-by-ID and unblock.
 *
 * Blocked users cannot send the user C2C messages (their sends fail with 20007) or friend
 * requests, and blocking ends a friendship both ways; both blocking and unblocking ask for a
 * confirmation first. Names come from the users' profiles.
 *
 * @slot empty - Shown when nobody is blocked.
 * @slot loading - Shown while signing in and until the blocklist arrives.
 *
 * @event {CustomEvent<TimBlacklistChangeDetail>} tim-blacklist-change - A user was blocked or
 * unblocked. `detail` has `userID` and `blocked`.
 * @event {CustomEvent<TimErrorDetail>} tim-error - An action failed.
 *
 * @csspart base - The wrapper of the whole element.
 * @csspart header - The title row.
 * @csspart add-form - The block-by-ID form.
 * @csspart user-id-input - The user ID input.
 * @csspart block-button - The "Block" button.
 * @csspart list - The list of blocked users.
 * @csspart item - One blocked user.
 * @csspart avatar - The avatar.
 * @csspart name - The user's name.
 * @csspart unblock-button - "Unblock" on a user.
 * @csspart loading - The loading state (`role="status"`) shown until the first data arrives.
 * @csspart load-error - Shown in place of the data when it could not be loaded (or signed out).
 * @csspart error - The alert region that shows failures.
 * @csspart notice - The status region that confirms actions.
 * @csspart confirm-dialog - The confirmation dialog.
 * @csspart cancel-button - The dialog's Cancel button.
 * @csspart confirm-button - The dialog's confirming button.
 *
 * @cssproperty --tim-color-danger - Colour of destructive buttons and errors.
 * @cssproperty --tim-avatar-size - Avatar diameter.
 */
export class TimBlacklist extends TimCoreElement {
  static override styles = [tokens, shared, controls, confirmDialogStyles];

  private readonly blocked = new StoreController<readonly string[]>(this);
  private readonly feedback = new FeedbackController(this);
  private readonly load = new LoadStatusController(this);
  private readonly confirm = new ConfirmController(this, { cancelLabel: () => this.rt.cancel });

  @state() private userID = '';
  /** Profiles fetched for the names; users the server does not know keep their ID. */
  @state() private profiles = new Map<string, TimProfile>();
  private asked = new Set<string>();

  protected override coreChanged(core: TimCore | undefined): void {
    this.blocked.setStore(core?.blacklist.$blacklist);
    this.load.setStores(core, core?.blacklist.$loadState);
    this.asked.clear();
  }

  private get rt(): TimRelationStrings {
    return relationStrings(this.timLang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const core = this.timCore;
    const missing = (this.blocked.value ?? []).filter((id) => !this.asked.has(id));
    if (!core || missing.length === 0) return;
    for (const id of missing) this.asked.add(id);
    core.profile.getProfiles(missing).then(
      (profiles) => {
        const next = new Map(this.profiles);
        for (const p of profiles) next.set(p.userID, p);
        this.profiles = next;
      },
      () => undefined, // names are a nicety; the IDs are already on screen
    );
  }

  private nameOf(userID: string): string {
    return this.profiles.get(userID)?.nick || userID;
  }

  /** Blocks a user after the user confirms. */
  async block(userID = this.userID.trim()): Promise<void> {
    const core = this.timCore;
    const rt = this.rt;
    if (!core || userID === '') return;
    if (!(await this.confirm.ask(rt.confirmBlock(userID), rt.block))) return;
    const ok = await this.feedback.run('blacklist.add', () => core.blacklist.add([userID]));
    if (!ok) return;
    this.userID = '';
    this.feedback.say(rt.blockedNotice(userID));
    emit(this, 'tim-blacklist-change', { userID, blocked: true });
  }

  /** Unblocks a user after the user confirms. */
  async unblock(userID: string): Promise<void> {
    const core = this.timCore;
    const rt = this.rt;
    const name = this.nameOf(userID);
    if (!core || !(await this.confirm.ask(rt.confirmUnblock(name), rt.unblock))) return;
    const ok = await this.feedback.run('blacklist.remove', () => core.blacklist.remove([userID]));
    if (!ok) return;
    this.feedback.say(rt.unblockedNotice(name));
    emit(this, 'tim-blacklist-change', { userID, blocked: false });
  }

  private renderItem(userID: string, index: number): TemplateResult {
    const rt = this.rt;
    const name = this.nameOf(userID);
    const profile = this.profiles.get(userID);
    return html`<li part="item" class="item" data-user-id=${userID}>
      ${renderAvatar(userID, name, profile?.avatar ?? '')}
      <div class="main">
        <span part="name" class="name" id="blocked-${index}">${name}</span>
        ${name !== userID ? html`<span class="secondary">${userID}</span>` : nothing}
      </div>
      <button
        part="unblock-button"
        class="danger unblock"
        type="button"
        aria-describedby="blocked-${index}"
        @click=${() => void this.unblock(userID)}
      >
        ${rt.unblock}
      </button>
    </li>`;
  }

  protected override render(): TemplateResult {
    if (!this.timCore) return this.renderNoCore();
    const rt = this.rt;
    const ids = this.blocked.value ?? [];
    return html`<div part="base" class="base">
      <header part="header" class="header"><h2 id="title">${rt.blocklist}</h2></header>
      <form
        part="add-form"
        class="row"
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          void this.block();
        }}
      >
        <input
          part="user-id-input"
          aria-label=${rt.blockUserLabel}
          placeholder=${rt.userID}
          autocomplete="off"
          .value=${this.userID}
          @input=${(e: Event) => (this.userID = (e.target as HTMLInputElement).value)}
        />
        <button
          part="block-button"
          class="danger block"
          type="submit"
          ?disabled=${this.userID.trim() === ''}
        >
          ${rt.block}
        </button>
      </form>
      ${this.feedback.render()}
      ${
        this.load.view !== 'ready'
          ? this.load.render({ slotted: true })
          : ids.length === 0
            ? html`<div class="empty"><slot name="empty">${rt.noBlocked}</slot></div>`
            : html`<ul part="list" class="items" aria-labelledby="title">
                ${ids.map((id, i) => this.renderItem(id, i))}
              </ul>`
      }
      ${this.confirm.render()}
    </div>`;
  }
}
