// The "add friend" form of <tim-friend-requests>: user ID, remark, wording and friend group,
// checked against Tencent's byte limits before sending; the outcome is shown in words.
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { FRIEND_LIMITS, type TimAddFriendResult, type TimFriendGroup } from '@tim-kit/headless';
import type { TimCoreElement } from '../internal/core-element.js';
import type { FeedbackController } from '../internal/feedback.js';
import { renderTextField, utf8Bytes } from '../internal/fields.js';
import { relationStrings, type TimRelationStrings } from '../internal/relations-i18n.js';
import { emit } from '../events/events.js';
import '../events/relation-events.js';

/** The sentence for a friend request's outcome. */
export function addResultText(t: TimRelationStrings, result: TimAddFriendResult): string {
  const words = t.addResult;
  switch (result.status) {
    case 'added':
      return words.added(result.userID);
    case 'pending':
      return words.pending(result.userID);
    case 'refused':
      return words.refused(result.userID);
    case 'blacklisted':
      return result.code === 30515
        ? words.blacklistedMine(result.userID)
        : words.blacklistedTheirs(result.userID);
    case 'limit':
      return result.code === 30010 ? words.limitMine : words.limitTheirs(result.userID);
  }
}

export class AddFriendForm implements ReactiveController {
  userID = '';
  remark = '';
  wording = '';
  group = '';
  result: TimAddFriendResult | null = null;
  busy = false;
  private submitted = false;

  constructor(
    private readonly host: TimCoreElement,
    private readonly feedback: FeedbackController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private get t(): TimRelationStrings {
    return relationStrings(this.host.timLang);
  }

  private errors(): { userID: string; remark: string; wording: string } {
    const t = this.t;
    const over = (value: string, max: number) =>
      utf8Bytes(value) > max ? t.bytesOver(max, utf8Bytes(value)) : '';
    return {
      userID: this.submitted && this.userID.trim() === '' ? t.required : '',
      remark: over(this.remark, FRIEND_LIMITS.remarkBytes),
      wording: over(this.wording, FRIEND_LIMITS.wordingBytes),
    };
  }

  private set(field: 'userID' | 'remark' | 'wording' | 'group', value: string): void {
    this[field] = value;
    this.result = null;
    this.host.requestUpdate();
  }

  /** Sends the request in the form. */
  async submit(): Promise<void> {
    const core = this.host.timCore;
    this.submitted = true;
    const errors = this.errors();
    this.host.requestUpdate();
    if (!core || errors.userID || errors.remark || errors.wording || this.busy) return;
    this.busy = true;
    this.result = null;
    const userID = this.userID.trim();
    await this.feedback.run('friends.add', async () => {
      const result = await core.friends.add({
        userID,
        remark: this.remark || undefined,
        wording: this.wording || undefined,
        group: this.group || undefined,
      });
      this.result = result;
      emit(this.host, 'tim-friend-add', result);
    });
    this.busy = false;
    this.host.requestUpdate();
  }

  render(groups: readonly TimFriendGroup[]): TemplateResult {
    const t = this.t;
    const errors = this.errors();
    const result = this.result;
    return html`<section part="add-form" class="add" aria-labelledby="add-title">
      <h3 id="add-title">${t.addFriend}</h3>
      <form
        novalidate
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          void this.submit();
        }}
      >
        ${renderTextField({
          id: 'add-user-id',
          label: t.userID,
          value: this.userID,
          error: errors.userID,
          part: 'user-id-input',
          required: true,
          onInput: (v) => this.set('userID', v),
        })}
        ${renderTextField({
          id: 'add-remark',
          label: t.remark,
          value: this.remark,
          error: errors.remark,
          part: 'remark-input',
          onInput: (v) => this.set('remark', v),
        })}
        ${renderTextField({
          id: 'add-wording',
          label: t.wording,
          value: this.wording,
          error: errors.wording,
          part: 'wording-input',
          multiline: true,
          onInput: (v) => this.set('wording', v),
        })}
        <div class="field" part="field">
          <label for="add-group">${t.friendGroup}</label>
          <select
            id="add-group"
            part="group-select"
            .value=${this.group}
            @change=${(e: Event) => this.set('group', (e.target as HTMLSelectElement).value)}
          >
            <option value="">${t.noGroupChoice}</option>
            ${groups.map(
              (g) =>
                html`<option value=${g.name} ?selected=${g.name === this.group}>${g.name}</option>`,
            )}
          </select>
        </div>
        <div class="actions">
          <button part="add-button" class="primary" type="submit" ?disabled=${this.busy}>
            ${this.busy ? t.saving : t.sendRequest}
          </button>
        </div>
        <div
          part="add-result"
          class=${result ? `add-result shown ${result.status}` : 'add-result'}
          role="status"
        >
          ${result ? addResultText(t, result) : nothing}
        </div>
      </form>
    </section>`;
  }
}
