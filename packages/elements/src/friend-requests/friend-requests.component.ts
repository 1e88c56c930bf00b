import { html, nothing, type TemplateResult } from 'lit';
import type {
  TimApplicationResponse,
  TimCore,
  TimFriendApplication,
  TimFriendGroup,
} from '@tim-kit/headless';
import { TimCoreElement } from '../internal/core-element.js';
import { StoreController } from '../internal/store-controller.js';
import { FeedbackController } from '../internal/feedback.js';
import { LoadStatusController } from '../internal/load-status.js';
import { ConfirmController, confirmDialogStyles } from '../internal/confirm-dialog.js';
import { formatBadge } from '../internal/format.js';
import { relationStrings, type TimRelationStrings } from '../internal/relations-i18n.js';
import { emit } from '../events/events.js';
import '../events/relation-events.js';
import { shared, tokens } from '../themes/tokens.styles.js';
import { controls } from '../themes/controls.styles.js';
import { AddFriendForm } from './add-friend-form.js';
import { renderRequest } from './request-item.js';
import styles from './friend-requests.styles.js';

/**
 * @tagname tim-friend-requests
 * @summary Incoming and outgoing friend requests with accept, refuse and delete, and a form to
 * send one.
 *
 * Incoming requests can be accepted both ways ("Accept and add"), one way ("Accept only") or
 * refused; any request can be deleted after a confirmation. The header shows how many incoming
 * requests are unread, with "Mark all read". The "Add friend" form checks Tencent's limits first
 * and says in words how the request ended: added, pending, refused by the user's setting (30516),
 * blocked (30515 / 30525) or a full friend list (30010 / 30014).
 *
 * @slot empty-incoming - Shown when nobody has sent the user a request.
 * @slot empty-outgoing - Shown when the user has no pending requests.
 * @slot loading - Shown while signing in and until the requests arrive.
 *
 * @event {CustomEvent<TimFriendRequestRespondDetail>} tim-friend-request-respond - An incoming
 * request was accepted or refused. `detail` has `userID` and `action`.
 * @event {CustomEvent<TimFriendAddDetail>} tim-friend-add - The add-friend form got an answer.
 * `detail` has `userID`, `status` and `code`.
 * @event {CustomEvent<TimErrorDetail>} tim-error - An action failed.
 *
 * @csspart base - The wrapper of the whole element.
 * @csspart header - The title row with the unread count.
 * @csspart unread-count - The number of unread incoming requests.
 * @csspart mark-read-button - The "Mark all read" button.
 * @csspart incoming - The section of received requests.
 * @csspart outgoing - The section of sent requests.
 * @csspart list - A list of requests.
 * @csspart request - One request.
 * @csspart avatar - The avatar of the other user.
 * @csspart name - The other user's name.
 * @csspart wording - The request's message.
 * @csspart meta - Source and time of a request.
 * @csspart accept-button - "Accept and add" on an incoming request.
 * @csspart accept-one-way-button - "Accept only" on an incoming request.
 * @csspart refuse-button - "Refuse" on an incoming request.
 * @csspart delete-button - "Delete" on a request.
 * @csspart add-form - The "Add friend" section.
 * @csspart field - A labelled form field.
 * @csspart field-error - A field's validation message.
 * @csspart user-id-input - The user ID input.
 * @csspart remark-input - The remark input.
 * @csspart wording-input - The request message input.
 * @csspart group-select - The friend group select.
 * @csspart add-button - The "Send request" button.
 * @csspart add-result - The sentence saying how a sent request ended.
 * @csspart loading - The loading state (`role="status"`) shown until the first data arrives.
 * @csspart load-error - Shown in place of the data when it could not be loaded (or signed out).
 * @csspart error - The alert region that shows failures.
 * @csspart notice - The status region that confirms actions.
 * @csspart confirm-dialog - The confirmation dialog.
 * @csspart cancel-button - The dialog's Cancel button.
 * @csspart confirm-button - The dialog's confirming button.
 *
 * @cssproperty --tim-color-primary - Background of primary buttons.
 * @cssproperty --tim-color-danger - Colour of destructive buttons and errors.
 * @cssproperty --tim-color-badge - Background of the unread count.
 * @cssproperty --tim-avatar-size - Avatar diameter.
 */
export class TimFriendRequests extends TimCoreElement {
  static override styles = [tokens, shared, controls, styles, confirmDialogStyles];

  private readonly applications = new StoreController<readonly TimFriendApplication[]>(this);
  private readonly unread = new StoreController<number>(this);
  private readonly groups = new StoreController<readonly TimFriendGroup[]>(this);
  private readonly feedback = new FeedbackController(this);
  private readonly load = new LoadStatusController(this);
  private readonly confirm = new ConfirmController(this, { cancelLabel: () => this.rt.cancel });
  private readonly addForm = new AddFriendForm(this, this.feedback);

  protected override coreChanged(core: TimCore | undefined): void {
    this.applications.setStore(core?.friends.$applications);
    this.unread.setStore(core?.friends.$unreadApplicationCount);
    this.groups.setStore(core?.friendGroups.$groups);
    this.load.setStores(core, core?.friends.$applicationsLoadState);
  }

  private get rt(): TimRelationStrings {
    return relationStrings(this.timLang);
  }

  /** Accepts (both ways or one way) or refuses the incoming request from `userID`. */
  async respond(userID: string, action: TimApplicationResponse): Promise<void> {
    const core = this.timCore;
    if (!core) return;
    const name = this.nameOf(userID);
    const ok = await this.feedback.run('friends.respond', () =>
      core.friends.respond({ userID, action }),
    );
    if (!ok) return;
    this.feedback.say(
      action === 'refuse' ? this.rt.refusedNotice(name) : this.rt.acceptedNotice(name),
    );
    emit(this, 'tim-friend-request-respond', { userID, action });
  }

  /** Deletes a request after the user confirms. */
  async deleteRequest(application: TimFriendApplication): Promise<void> {
    const core = this.timCore;
    if (!core) return;
    const name = application.nick || application.userID;
    const rt = this.rt;
    const question =
      application.direction === 'incoming'
        ? rt.confirmDeleteIncoming(name)
        : rt.confirmDeleteOutgoing(name);
    if (!(await this.confirm.ask(question, rt.deleteRequest))) return;
    const ok = await this.feedback.run('friends.deleteApplications', async () => {
      const result = await core.friends.deleteApplications([application.userID], {
        direction: application.direction,
      });
      if (result.failed[0]) throw result.failed[0];
    });
    if (ok) this.feedback.say(rt.deletedNotice);
  }

  async markAllRead(): Promise<void> {
    const core = this.timCore;
    if (core)
      await this.feedback.run('friends.markApplicationsRead', () =>
        core.friends.markApplicationsRead(),
      );
  }

  private nameOf(userID: string): string {
    return this.applications.value?.find((a) => a.userID === userID)?.nick || userID;
  }

  private renderSection(
    direction: 'incoming' | 'outgoing',
    title: string,
    empty: string,
  ): TemplateResult {
    const items = (this.applications.value ?? []).filter((a) => a.direction === direction);
    return html`<section part=${direction} class=${direction} aria-labelledby="${direction}-title">
      <h3 id="${direction}-title">${title}</h3>
      ${
        items.length === 0
          ? html`<div class="empty"><slot name="empty-${direction}">${empty}</slot></div>`
          : html`<ul part="list" class="items">
              ${items.map((a, index) =>
                renderRequest(a, index, {
                  rt: this.rt,
                  lang: this.timLang,
                  onRespond: (userID, action) => void this.respond(userID, action),
                  onDelete: (application) => void this.deleteRequest(application),
                }),
              )}
            </ul>`
      }
    </section>`;
  }

  protected override render(): TemplateResult {
    if (!this.timCore) return this.renderNoCore();
    const rt = this.rt;
    const unread = this.unread.value ?? 0;
    return html`<div part="base" class="base">
      <header part="header" class="header">
        <h2>${rt.friendRequests}</h2>
        ${
          unread > 0
            ? html`<span part="unread-count" class="count"
                >${rt.newCount(formatBadge(unread, this.timLang))}</span
              >`
            : nothing
        }
        <button
          part="mark-read-button"
          class="mark-read"
          type="button"
          ?disabled=${unread === 0}
          @click=${() => void this.markAllRead()}
        >
          ${rt.markAllRead}
        </button>
      </header>
      ${this.feedback.render()}
      ${
        this.load.view !== 'ready'
          ? this.load.render({ slotted: true })
          : html`${this.renderSection('incoming', rt.received, rt.noReceived)}
            ${this.renderSection('outgoing', rt.sent, rt.noSent)}`
      }
      ${this.addForm.render(this.groups.value ?? [])} ${this.confirm.render()}
    </div>`;
  }
}
