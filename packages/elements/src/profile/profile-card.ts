// <tim-profile user-id="…">: another user's profile, read-only, with "Add friend", "Message" and
// "Block"/"Unblock" (confirmed first).
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { TimAddFriendResult, TimProfile } from '@tim-kit/headless';
import type { TimCoreElement } from '../internal/core-element.js';
import type { FeedbackController } from '../internal/feedback.js';
import type { ConfirmController } from '../internal/confirm-dialog.js';
import { renderAvatar } from '../internal/avatar.js';
import { relationStrings, type TimRelationStrings } from '../internal/relations-i18n.js';
import { addResultText } from '../friend-requests/add-friend-form.js';
import { birthdayToDate } from './profile-draft.js';
import { emit } from '../events/events.js';
import '../events/relation-events.js';

export interface CardState {
  isFriend: boolean;
  isBlocked: boolean;
}

export class ProfileCard implements ReactiveController {
  /** The user shown; `profile` is undefined while loading and null when no such user exists. */
  userID = '';
  profile: TimProfile | null | undefined = undefined;
  addResult: TimAddFriendResult | null = null;
  /** Reading the profile failed (the reason is in the host's alert region). */
  failed = false;

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

  /** Loads another user's profile (once per user ID). */
  load(userID: string): void {
    const core = this.host.timCore;
    if (!core || userID === this.userID) return;
    this.userID = userID;
    this.profile = core.profile.cachedProfile(userID) ?? undefined;
    this.addResult = null;
    this.failed = false;
    core.profile.getProfiles([userID], { force: true }).then(
      (profiles) => {
        if (this.userID !== userID) return;
        this.profile = profiles[0] ?? null;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (this.userID !== userID) return;
        this.failed = this.profile === undefined;
        this.feedback.fail(error, 'profile.getProfiles');
      },
    );
  }

  private get name(): string {
    return this.profile?.nick || this.userID;
  }

  private async addFriend(): Promise<void> {
    const core = this.host.timCore;
    if (!core) return;
    await this.feedback.run('friends.add', async () => {
      const result = await core.friends.add({ userID: this.userID });
      this.addResult = result;
      emit(this.host, 'tim-friend-add', result);
    });
    this.host.requestUpdate();
  }

  private message(): void {
    const core = this.host.timCore;
    if (!core) return;
    const conversationID = `C2C${this.userID}`;
    core.conversations.setActive(conversationID);
    emit(this.host, 'tim-conversation-select', { conversationID });
  }

  private async setBlocked(blocked: boolean): Promise<void> {
    const core = this.host.timCore;
    const t = this.t;
    const userID = this.userID;
    const question = blocked ? t.confirmBlock(this.name) : t.confirmUnblock(this.name);
    if (!core || !(await this.confirm.ask(question, blocked ? t.block : t.unblock))) return;
    const ok = await this.feedback.run(blocked ? 'blacklist.add' : 'blacklist.remove', () =>
      blocked ? core.blacklist.add([userID]) : core.blacklist.remove([userID]),
    );
    if (!ok) return;
    this.feedback.say(blocked ? t.blockedNotice(this.name) : t.unblockedNotice(this.name));
    emit(this.host, 'tim-blacklist-change', { userID, blocked });
  }

  /** For the host's loading state: whether the profile shown has arrived. */
  get loadState(): 'pending' | 'loaded' | 'failed' {
    if (this.profile !== undefined) return 'loaded';
    return this.failed ? 'failed' : 'pending';
  }

  /** The card once its profile arrived (the host shows the loading and failure states). */
  render(state: CardState): TemplateResult {
    const t = this.t;
    const p = this.profile;
    if (p === undefined) return html``;
    if (p === null) return html`<div class="state" role="status">${t.userNotFound}</div>`;
    const birthday = birthdayToDate(p.birthday);
    const facts: Array<[string, string]> = [
      [t.userID, p.userID],
      [t.signature, p.signature],
      [t.gender, p.gender === 'unknown' ? '' : t.genders[p.gender]],
      [
        t.birthday,
        birthday
          ? new Intl.DateTimeFormat(this.host.timLang, {
              dateStyle: 'long',
              timeZone: 'UTC',
            }).format(new Date(`${birthday}T00:00:00Z`))
          : '',
      ],
      [t.location, p.location],
    ];
    return html`<article part="card" class="card" aria-labelledby="card-name">
      <div class="identity">
        ${renderAvatar(p.userID, this.name, p.avatar)}
        <div class="main">
          <h2 part="name" id="card-name" class="name">${this.name}</h2>
          <span class="row">
            ${state.isFriend ? html`<span part="tag" class="tag">${t.isFriend}</span>` : nothing}
            ${state.isBlocked ? html`<span part="tag" class="tag blocked">${t.isBlocked}</span>` : nothing}
          </span>
        </div>
      </div>
      <dl part="facts" class="facts">
        ${facts
          .filter(([, value]) => value !== '')
          .map(
            ([label, value]) =>
              html`<dt>${label}</dt>
                <dd>${value}</dd>`,
          )}
      </dl>
      <div class="actions">
        ${
          state.isFriend || state.isBlocked
            ? nothing
            : html`<button
                part="add-friend-button"
                class="primary add-friend"
                type="button"
                @click=${() => void this.addFriend()}
              >
                ${t.addFriend}
              </button>`
        }
        <button
          part="message-button"
          class="message"
          type="button"
          ?disabled=${state.isBlocked}
          @click=${() => this.message()}
        >
          ${t.sendMessage}
        </button>
        <button
          part="block-button"
          class="danger block"
          type="button"
          @click=${() => void this.setBlocked(!state.isBlocked)}
        >
          ${state.isBlocked ? t.unblock : t.block}
        </button>
      </div>
      <div
        part="add-result"
        class=${this.addResult ? 'add-result shown' : 'add-result'}
        role="status"
      >
        ${this.addResult ? addResultText(t, this.addResult) : nothing}
      </div>
    </article>`;
  }
}
