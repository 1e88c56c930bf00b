import { html, nothing, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import {
  virtualize,
  virtualizerRef,
  type VirtualizerHostElement,
} from '@lit-labs/virtualizer/virtualize.js';
import type { TimCore, TimFriend, TimFriendGroup } from '@tim-kit/headless';
import { TimCoreElement } from '../internal/core-element.js';
import { StoreController } from '../internal/store-controller.js';
import { FeedbackController } from '../internal/feedback.js';
import { LoadStatusController } from '../internal/load-status.js';
import { ConfirmController, confirmDialogStyles } from '../internal/confirm-dialog.js';
import { renderAvatar } from '../internal/avatar.js';
import { relationStrings, type TimRelationStrings } from '../internal/relations-i18n.js';
import { shared, tokens } from '../themes/tokens.styles.js';
import { controls } from '../themes/controls.styles.js';
import { contactRows, type ContactRow } from './contact-rows.js';
import { ContactDetails } from './contact-details.js';
import { FriendGroupEditor } from './friend-group-editor.js';
import styles from './contacts.styles.js';

/**
 * @tagname tim-contacts
 * @summary The friend list grouped by friend group, with group management and a details panel.
 *
 * Friends are listed under each friend group (a friend in two groups appears in both), then those
 * in no group; the list is virtualized. Groups can be created, renamed and deleted (after a
 * confirmation). Picking a friend opens the details panel: edit the remark, move the friend to
 * another group, open a chat (`tim-conversation-select` with `C2C<userID>`, and the core's
 * active conversation) or delete the friend (both ways, after a confirmation). ArrowUp/ArrowDown,
 * Home and End move between friends.
 *
 * @slot empty - Shown when the user has no friends.
 * @slot loading - Shown while signing in and until the friend list arrives.
 *
 * @event {CustomEvent<TimConversationSelectDetail>} tim-conversation-select - "Message" was
 * chosen; `detail.conversationID` is `C2C<userID>`.
 * @event {CustomEvent<TimFriendRemoveDetail>} tim-friend-remove - A friend was deleted.
 * @event {CustomEvent<TimErrorDetail>} tim-error - An action failed.
 *
 * @csspart base - The wrapper of the whole element.
 * @csspart header - The title row.
 * @csspart new-group-form - The form that creates a friend group.
 * @csspart group-name-input - The name input of a new or renamed group.
 * @csspart create-group-button - The "Create group" button.
 * @csspart list - The scrolling, virtualized list.
 * @csspart group - A friend group's header row.
 * @csspart group-name - A friend group's name.
 * @csspart rename-group-button - A group's "Rename" button.
 * @csspart delete-group-button - A group's "Delete group" button.
 * @csspart friend - A friend's row (a button opening the details).
 * @csspart avatar - An avatar.
 * @csspart name - A friend's name (remark > nick > ID).
 * @csspart details - The details panel of the selected friend.
 * @csspart details-name - The name in the details panel.
 * @csspart signature - The friend's signature.
 * @csspart field - A labelled form field.
 * @csspart field-error - A field's validation message.
 * @csspart remark-input - The remark input.
 * @csspart save-remark-button - Saves the remark.
 * @csspart move-select - The friend group to move the friend to.
 * @csspart move-button - Moves the friend.
 * @csspart open-chat-button - Opens a chat with the friend.
 * @csspart delete-friend-button - Deletes the friend.
 * @csspart loading - The loading state (`role="status"`), until the friend list arrives.
 * @csspart load-error - Shown in place of the list when it could not be loaded (or signed out).
 * @csspart error - The alert region that shows failures.
 * @csspart notice - The status region that confirms actions.
 * @csspart confirm-dialog - The confirmation dialog.
 * @csspart cancel-button - The dialog's Cancel button.
 * @csspart confirm-button - The dialog's confirming button.
 *
 * @cssproperty --tim-color-surface-selected - Background of the selected friend.
 * @cssproperty --tim-color-danger - Colour of destructive buttons and errors.
 * @cssproperty --tim-avatar-size - Avatar diameter.
 */
export class TimContacts extends TimCoreElement {
  static override styles = [tokens, shared, controls, styles, confirmDialogStyles];

  private readonly friends = new StoreController<readonly TimFriend[]>(this);
  private readonly groups = new StoreController<readonly TimFriendGroup[]>(this);
  private readonly feedback = new FeedbackController(this);
  private readonly load = new LoadStatusController(this);
  private readonly confirm = new ConfirmController(this, { cancelLabel: () => this.rt.cancel });
  private readonly details = new ContactDetails(this, this.feedback, this.confirm);
  private readonly groupEditor = new FriendGroupEditor(this, this.feedback, this.confirm);

  /** The friend row holding the roving tabindex. */
  @state() private focusKey: string | null = null;

  @query('.list') private listEl?: HTMLElement;

  protected override coreChanged(core: TimCore | undefined): void {
    this.friends.setStore(core?.friends.$friends);
    this.groups.setStore(core?.friendGroups.$groups);
    this.load.setStores(core, core?.friends.$loadState);
  }

  private get rt(): TimRelationStrings {
    return relationStrings(this.timLang);
  }

  private get rows(): ContactRow[] {
    return contactRows(this.friends.value ?? [], this.groups.value ?? [], this.rt.ungrouped);
  }

  /** Creates a friend group named `name` (by default the one typed in the form). */
  createGroup(name?: string): Promise<void> {
    return this.groupEditor.create(name);
  }

  private select(row: ContactRow & { kind: 'friend' }): void {
    this.focusKey = row.key;
    this.details.show(this.details.userID === row.friend.userID ? null : row.friend);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const target = event.composedPath()[0] as HTMLElement | undefined;
    if (!target?.classList.contains('friend')) return;
    const rows = this.rows;
    const friendIndexes = rows.flatMap((r, i) => (r.kind === 'friend' ? [i] : []));
    const at = friendIndexes.indexOf(Number(target.dataset.index));
    const moves: Record<string, number> = {
      ArrowDown: Math.min(friendIndexes.length - 1, at + 1),
      ArrowUp: Math.max(0, at - 1),
      Home: 0,
      End: friendIndexes.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    void this.focusRow(friendIndexes[next] ?? -1);
  }

  /** Moves the roving tabindex to a row and focuses it, scrolling it into the rendered range. */
  private async focusRow(index: number): Promise<void> {
    const row = this.rows[index];
    if (!row) return;
    this.focusKey = row.key;
    await this.updateComplete;
    const find = () =>
      this.renderRoot.querySelector<HTMLElement>(`button.friend[data-index="${index}"]`);
    if (!find()) {
      const virtualizer = (this.listEl as VirtualizerHostElement | undefined)?.[virtualizerRef];
      virtualizer?.element(index)?.scrollIntoView({ block: 'nearest' });
      await virtualizer?.layoutComplete;
    }
    find()?.focus();
  }

  private renderRow(row: ContactRow, index: number, tabStop: string | undefined): TemplateResult {
    if (row.kind === 'group') return this.groupEditor.renderGroupRow(row);
    const f = row.friend;
    const selected = this.details.userID === f.userID;
    return html`<div role="listitem" class="friend-row">
      <button
        part="friend"
        class="friend"
        type="button"
        data-index=${index}
        data-user-id=${f.userID}
        tabindex=${row.key === tabStop ? 0 : -1}
        aria-expanded=${selected ? 'true' : 'false'}
        aria-controls="details"
        @click=${() => this.select(row)}
      >
        ${renderAvatar(f.userID, f.name, f.profile.avatar)}
        <span class="main"
          ><span part="name" class="name">${f.name}</span>
          ${f.name !== f.userID ? html`<span class="secondary">${f.userID}</span>` : nothing}</span
        >
      </button>
    </div>`;
  }

  protected override render(): TemplateResult {
    if (!this.timCore) return this.renderNoCore();
    const rt = this.rt;
    const rows = this.rows;
    const friendRows = rows.filter((r) => r.kind === 'friend');
    const tabStop = (friendRows.find((r) => r.key === this.focusKey) ?? friendRows[0])?.key;
    const selected = (this.friends.value ?? []).find((f) => f.userID === this.details.userID);
    const newGroup = this.groupEditor.renderCreateForm();
    const ready = this.load.view === 'ready';
    return html`<div part="base" class="base">
      <header part="header" class="header">
        <h2>${rt.contacts}</h2>
        ${newGroup.form}
      </header>
      ${newGroup.error} ${this.feedback.render()}
      <div class="layout">
        ${
          !ready
            ? this.load.render({ slotted: true })
            : friendRows.length === 0
              ? html`<div class="empty"><slot name="empty">${rt.noFriends}</slot></div>`
              : nothing
        }
        <div
          part="list"
          class="list"
          role="list"
          aria-label=${rt.friendList}
          ?hidden=${!ready || (friendRows.length === 0 && rows.length <= 1)}
          @keydown=${this.onKeyDown}
        >
          ${virtualize({
            items: rows,
            keyFunction: (r: ContactRow) => r.key,
            renderItem: (r: ContactRow, i: number) => this.renderRow(r, i, tabStop),
            scroller: true,
          })}
        </div>
        ${this.details.render(selected, this.groups.value ?? [])}
      </div>
      ${this.confirm.render()}
    </div>`;
  }
}
