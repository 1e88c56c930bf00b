// The panel of <tim-contacts> for the selected friend: profile, remark, friend group, and the
// actions "Message" and "Delete friend" (confirmed first).
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { FRIEND_LIMITS, type TimFriend, type TimFriendGroup } from '@tim-kit/headless';
import type { TimCoreElement } from '../internal/core-element.js';
import type { FeedbackController } from '../internal/feedback.js';
import type { ConfirmController } from '../internal/confirm-dialog.js';
import { renderAvatar } from '../internal/avatar.js';
import { renderTextField, utf8Bytes } from '../internal/fields.js';
import { relationStrings, type TimRelationStrings } from '../internal/relations-i18n.js';
import { emit } from '../events/events.js';
import '../events/relation-events.js';

export class ContactDetails implements ReactiveController {
  /** The friend shown, by user ID. */
  userID: string | null = null;
  remark = '';
  moveTarget = '';

  constructor(
    private readonly host: TimCoreElement,
    private readonly feedback: FeedbackController,
    private readonly confirm: ConfirmController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private get t(): TimRelationStrings {
    return relationStrings(this.host.timLang);
  }

  /** Shows a friend, with the form fields set from their current data. */
  show(friend: TimFriend | null): void {
    this.userID = friend?.userID ?? null;
    this.remark = friend?.remark ?? '';
    this.moveTarget = friend?.groups[0] ?? '';
    this.host.requestUpdate();
  }

  private remarkError(): string {
    const bytes = utf8Bytes(this.remark);
    return bytes > FRIEND_LIMITS.remarkBytes
      ? this.t.bytesOver(FRIEND_LIMITS.remarkBytes, bytes)
      : '';
  }

  private async saveRemark(friend: TimFriend): Promise<void> {
    const core = this.host.timCore;
    if (!core || this.remarkError()) return;
    const ok = await this.feedback.run('friends.update', () =>
      core.friends.update({ userID: friend.userID, remark: this.remark.trim() }),
    );
    if (ok) this.feedback.say(this.t.remarkSaved);
  }

  private async move(friend: TimFriend): Promise<void> {
    const core = this.host.timCore;
    if (!core) return;
    const target = this.moveTarget;
    const ok = await this.feedback.run('friends.update', () =>
      core.friends.update({ userID: friend.userID, groups: target ? [target] : [] }),
    );
    if (ok) this.feedback.say(this.t.moved(friend.name, target || this.t.ungrouped));
  }

  private openChat(friend: TimFriend): void {
    const core = this.host.timCore;
    if (!core) return;
    const conversationID = `C2C${friend.userID}`;
    core.conversations.setActive(conversationID);
    emit(this.host, 'tim-conversation-select', { conversationID });
  }

  private async remove(friend: TimFriend): Promise<void> {
    const core = this.host.timCore;
    const t = this.t;
    if (!core || !(await this.confirm.ask(t.confirmDeleteFriend(friend.name), t.deleteFriend))) {
      return;
    }
    const ok = await this.feedback.run('friends.remove', async () => {
      const result = await core.friends.remove([friend.userID], { both: true });
      if (result.failed[0]) throw result.failed[0];
    });
    if (!ok) return;
    this.show(null);
    this.feedback.say(t.friendDeleted(friend.name));
    emit(this.host, 'tim-friend-remove', { userID: friend.userID });
  }

  render(friend: TimFriend | undefined, groups: readonly TimFriendGroup[]): TemplateResult {
    if (!friend) return html``;
    const t = this.t;
    const p = friend.profile;
    const remarkError = this.remarkError();
    return html`<section
      part="details"
      class="details"
      id="details"
      aria-label=${t.friendDetails(friend.name)}
    >
      <div class="identity">
        ${renderAvatar(friend.userID, friend.name, p.avatar)}
        <div class="main">
          <h3 part="details-name" class="name">${friend.name}</h3>
          <span class="secondary"
            >${friend.userID}${p.nick && p.nick !== friend.name ? ` · ${p.nick}` : ''}</span
          >
          ${p.signature ? html`<span part="signature" class="secondary">${p.signature}</span>` : nothing}
        </div>
      </div>
      <form
        class="form"
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          void this.saveRemark(friend);
        }}
      >
        ${renderTextField({
          id: 'remark',
          label: t.remark,
          value: this.remark,
          error: remarkError,
          part: 'remark-input',
          onInput: (v) => {
            this.remark = v;
            this.host.requestUpdate();
          },
        })}
        <div class="actions">
          <button
            part="save-remark-button"
            class="save-remark"
            type="submit"
            ?disabled=${Boolean(remarkError) || this.remark.trim() === friend.remark}
          >
            ${t.save}
          </button>
        </div>
      </form>
      <form
        class="form"
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          void this.move(friend);
        }}
      >
        <div class="field" part="field">
          <label for="move-to">${t.moveTo}</label>
          <select
            id="move-to"
            part="move-select"
            @change=${(e: Event) => {
              this.moveTarget = (e.target as HTMLSelectElement).value;
              this.host.requestUpdate();
            }}
          >
            <option value="" ?selected=${this.moveTarget === ''}>${t.ungrouped}</option>
            ${groups.map((g) => html`<option value=${g.name} ?selected=${g.name === this.moveTarget}>${g.name}</option>`)}
          </select>
        </div>
        <div class="actions">
          <button part="move-button" class="move" type="submit">${t.move}</button>
        </div>
      </form>
      <div class="actions">
        <button
          part="open-chat-button"
          class="primary open-chat"
          type="button"
          @click=${() => this.openChat(friend)}
        >
          ${t.openChat}
        </button>
        <button
          part="delete-friend-button"
          class="danger delete-friend"
          type="button"
          @click=${() => void this.remove(friend)}
        >
          ${t.deleteFriend}
        </button>
      </div>
    </section>`;
  }
}
