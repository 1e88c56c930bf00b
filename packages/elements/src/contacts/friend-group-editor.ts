// The friend-group management of <tim-contacts>: the "new group" form, renaming a group in
// place, and deleting one (confirmed first), with names checked against the byte limit.
import { html, nothing, type TemplateResult } from 'lit';
import { FRIEND_GROUP_LIMITS } from '@tim-kit/headless';
import type { TimCoreElement } from '../internal/core-element.js';
import type { FeedbackController } from '../internal/feedback.js';
import type { ConfirmController } from '../internal/confirm-dialog.js';
import { utf8Bytes } from '../internal/fields.js';
import { relationStrings, type TimRelationStrings } from '../internal/relations-i18n.js';
import type { ContactRow } from './contact-rows.js';

/** The group being renamed and the name typed so far. */
interface Renaming {
  from: string;
  to: string;
}

export class FriendGroupEditor {
  /** The name typed in the "new group" form. */
  private newGroup = '';
  private renaming: Renaming | null = null;

  constructor(
    private readonly host: TimCoreElement,
    private readonly feedback: FeedbackController,
    private readonly confirm: ConfirmController,
  ) {}

  private get rt(): TimRelationStrings {
    return relationStrings(this.host.timLang);
  }

  /** Why `name` cannot be a group name ('' when it can). */
  private nameError(name: string): string {
    const bytes = utf8Bytes(name);
    return bytes > FRIEND_GROUP_LIMITS.nameBytes
      ? this.rt.bytesOver(FRIEND_GROUP_LIMITS.nameBytes, bytes)
      : '';
  }

  private setNewGroup(name: string): void {
    if (name === this.newGroup) return;
    this.newGroup = name;
    this.host.requestUpdate();
  }

  private setRenaming(renaming: Renaming | null): void {
    if (renaming === this.renaming) return;
    this.renaming = renaming;
    this.host.requestUpdate();
  }

  /** Creates a friend group named `name` (by default the one typed in the form). */
  async create(name = this.newGroup.trim()): Promise<void> {
    const core = this.host.timCore;
    if (!core || name === '' || this.nameError(name)) return;
    const ok = await this.feedback.run('friendGroups.create', () => core.friendGroups.create(name));
    if (!ok) return;
    this.setNewGroup('');
    this.feedback.say(this.rt.groupCreated(name));
  }

  private async saveRename(): Promise<void> {
    const core = this.host.timCore;
    const renaming = this.renaming;
    if (!core || !renaming) return;
    const to = renaming.to.trim();
    if (to === '' || to === renaming.from || this.nameError(to)) {
      if (to === renaming.from) this.setRenaming(null);
      return;
    }
    const ok = await this.feedback.run('friendGroups.rename', () =>
      core.friendGroups.rename(renaming.from, to),
    );
    if (ok) this.setRenaming(null);
  }

  private async remove(name: string): Promise<void> {
    const core = this.host.timCore;
    const rt = this.rt;
    if (!core || !(await this.confirm.ask(rt.confirmDeleteGroup(name), rt.deleteGroup))) return;
    await this.feedback.run('friendGroups.remove', () => core.friendGroups.remove([name]));
  }

  /** The header's "new group" form, then the name's error below the header (if any). */
  renderCreateForm(): { form: TemplateResult; error: TemplateResult | typeof nothing } {
    const rt = this.rt;
    const newGroupError = this.nameError(this.newGroup);
    const form = html`<form
      part="new-group-form"
      class="row new-group"
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        void this.create();
      }}
    >
      <input
        part="group-name-input"
        aria-label=${rt.groupName}
        placeholder=${rt.newGroup}
        .value=${this.newGroup}
        aria-invalid=${newGroupError ? 'true' : 'false'}
        @input=${(e: Event) => this.setNewGroup((e.target as HTMLInputElement).value)}
      />
      <button
        part="create-group-button"
        type="submit"
        ?disabled=${this.newGroup.trim() === '' || Boolean(newGroupError)}
      >
        ${rt.createGroup}
      </button>
    </form>`;
    const error = newGroupError
      ? html`<span part="field-error" class="field-error">${newGroupError}</span>`
      : nothing;
    return { form, error };
  }

  /** A friend group's header row: its name and count, and Rename / Delete (or the rename form). */
  renderGroupRow(row: ContactRow & { kind: 'group' }): TemplateResult {
    const rt = this.rt;
    const renaming = this.renaming?.from === row.name && !row.ungrouped ? this.renaming : null;
    const title = html`<h3 part="group-name" class="group-name">
      ${row.name} <span class="secondary">${rt.memberCount(row.count)}</span>
    </h3>`;
    if (renaming) {
      return html`<div role="listitem" part="group" class="group" data-group=${row.name}>
        <form
          class="row rename"
          @submit=${(e: SubmitEvent) => {
            e.preventDefault();
            void this.saveRename();
          }}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Escape') this.setRenaming(null);
          }}
        >
          <input
            part="group-name-input"
            aria-label=${rt.renameGroupLabel(row.name)}
            .value=${renaming.to}
            aria-invalid=${this.nameError(renaming.to) ? 'true' : 'false'}
            @input=${(e: Event) => this.setRenaming({ from: row.name, to: (e.target as HTMLInputElement).value })}
          />
          <button type="submit" class="primary">${rt.save}</button>
          <button type="button" @click=${() => this.setRenaming(null)}>${rt.cancel}</button>
        </form>
      </div>`;
    }
    return html`<div role="listitem" part="group" class="group" data-group=${row.name}>
      ${title}
      ${
        row.ungrouped
          ? nothing
          : html`<button
                part="rename-group-button"
                class="link rename-group"
                type="button"
                aria-label="${rt.renameGroup} ${row.name}"
                @click=${() => this.setRenaming({ from: row.name, to: row.name })}
              >
                ${rt.renameGroup}</button
              ><button
                part="delete-group-button"
                class="link delete-group"
                type="button"
                aria-label="${rt.deleteGroup} ${row.name}"
                @click=${() => void this.remove(row.name)}
              >
                ${rt.deleteGroup}
              </button>`
      }
    </div>`;
  }
}
