import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { TimApplyResult, TimCore, TimGroup } from '@tim-kit/headless';
import { TimCoreElement } from '../internal/core-element.js';
import { StoreController } from '../internal/store-controller.js';
import { LoadStatusController } from '../internal/load-status.js';
import { groupErrorText, groupStrings, type TimGroupStrings } from '../internal/group-i18n.js';
import { formStyles } from '../internal/form.styles.js';
import { renderNoticeLines } from '../internal/notice-lines.js';
import { emit, toErrorDetail } from '../events/events.js';
import { shared, tokens } from '../themes/tokens.styles.js';
import { renderFindForm, renderFound } from './found-group.js';
import { renderGroupItem } from './group-item.js';
import styles from './group-list.styles.js';

type Outcome = TimApplyResult | 'accepted' | 'refused';

/**
 * @tagname tim-group-list
 * @summary The groups the user is in, and a search by group ID to apply to join one.
 *
 * Each row shows the avatar (or initials), name, type and member count. Click, Enter or Space
 * opens the group's conversation (the core's active conversation) and emits
 * `tim-conversation-select`; ArrowUp/ArrowDown/Home/End move the focus. "Find a group by ID"
 * shows a group's public profile and applies to join with an optional message; the outcome
 * (joined, waiting for approval, later accepted or refused, or why it was refused) shows in words.
 *
 * @slot empty - Shown when the user is in no group.
 * @slot loading - Shown while signing in and until the group list arrives.
 *
 * @event {CustomEvent<TimConversationSelectDetail>} tim-conversation-select - The user opened a
 * group. `detail.conversationID` is `GROUP<groupID>`.
 * @event {CustomEvent<TimGroupApplyDetail>} tim-group-apply - An application was answered:
 * `detail.result` is `joined`, `pending` or `already-member`.
 * @event {CustomEvent<TimErrorDetail>} tim-error - Finding or applying failed.
 *
 * @csspart base - The wrapper of the whole element.
 * @csspart list - The listbox of groups.
 * @csspart loading - The loading state (`role="status"`) shown until the first data arrives.
 * @csspart load-error - Shown in place of the data when it could not be loaded (or signed out).
 * @csspart item - One group (role option).
 * @csspart avatar - A group's avatar or initials.
 * @csspart name - A group's name.
 * @csspart meta - A group's type and member count.
 * @csspart find - The find-a-group form.
 * @csspart input - The group ID and message fields.
 * @csspart find-button - Looks the group up.
 * @csspart found - The public profile of the group found.
 * @csspart apply-button - Applies to join.
 * @csspart notice - The outcome of the last search or application.
 *
 * @cssproperty --tim-color-surface-hover - Background of a hovered group.
 * @cssproperty --tim-color-surface-selected - Background of the open group.
 */
export class TimGroupList extends TimCoreElement {
  static override styles = [tokens, shared, formStyles, styles];

  private readonly groups = new StoreController<readonly TimGroup[]>(this);
  private readonly activeID = new StoreController<string | null>(this);
  private readonly load = new LoadStatusController(this);

  @state() private focusID: string | null = null;
  @state() private query = '';
  @state() private reason = '';
  @state() private found: TimGroup | null = null;
  @state() private busy: '' | 'find' | 'apply' = '';
  @state() private notice: { text: string; error: boolean } | null = null;
  /** Groups the user applied to and waits for, so a later accept or refusal is reported. */
  private pending = new Set<string>();
  private stopEvents: (() => void) | undefined;

  private get gt(): TimGroupStrings {
    return groupStrings(this.timLang);
  }

  protected override coreChanged(core: TimCore | undefined): void {
    this.groups.setStore(core?.groups.$groups);
    this.load.setStores(core, core?.groups.$loadState);
    this.activeID.setStore(core?.conversations.$activeConversationID);
    this.listen(core);
  }

  /** Follows the outcome of pending applications (accepted or refused later by an admin). */
  private listen(core: TimCore | undefined): void {
    this.stopEvents?.();
    this.stopEvents = core?.groups.onEvent((event) => {
      if (!this.pending.has(event.groupID)) return;
      if (event.kind === 'application-accepted') this.report('accepted', event.groupID);
      if (event.kind === 'application-refused') this.report('refused', event.groupID);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.stopEvents && this.timCore) this.listen(this.timCore);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopEvents?.();
    this.stopEvents = undefined;
  }

  private report(outcome: Outcome, groupID: string): void {
    if (outcome !== 'pending') this.pending.delete(groupID);
    else this.pending.add(groupID);
    this.notice = { text: this.gt.applyResult[outcome], error: false };
  }

  private get items(): readonly TimGroup[] {
    return this.groups.value ?? [];
  }

  private get tabStopID(): string | null {
    const items = this.items;
    if (this.focusID && items.some((g) => g.groupID === this.focusID)) return this.focusID;
    return items[0]?.groupID ?? null;
  }

  /** Opens a group's conversation as if the user had picked it. */
  open(groupID: string): void {
    const core = this.timCore;
    if (!core) return;
    const conversationID = `GROUP${groupID}`;
    this.focusID = groupID;
    core.conversations.setActive(conversationID);
    emit(this, 'tim-conversation-select', { conversationID });
  }

  private onKeyDown(event: KeyboardEvent): void {
    const items = this.items;
    const current = items.findIndex((g) => g.groupID === this.tabStopID);
    const last = items.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(last, current + 1),
      ArrowUp: Math.max(0, current - 1),
      Home: 0,
      End: last,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const id = items[current]?.groupID;
      if (id) this.open(id);
      return;
    }
    const next = moves[event.key];
    if (next === undefined || !items[next]) return;
    event.preventDefault();
    this.focusID = items[next].groupID;
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>(`[data-group-id="${CSS.escape(this.focusID ?? '')}"]`)
        ?.focus(),
    );
  }

  private fail(error: unknown, operation: string): void {
    const detail = toErrorDetail(error, operation);
    emit(this, 'tim-error', detail);
    this.notice = { text: groupErrorText(this.timLang, detail.code, detail.message), error: true };
  }

  private async find(event: Event): Promise<void> {
    event.preventDefault();
    const core = this.timCore;
    const id = this.query.trim();
    if (!core || !id || this.busy) return;
    this.busy = 'find';
    this.notice = null;
    this.found = null;
    try {
      this.found = await core.groups.findGroup(id);
    } catch (error) {
      this.fail(error, 'groups.findGroup');
      // The public profile of a Work group is refused with 10007: say what that means here.
      if (toErrorDetail(error, 'groups.findGroup').code === 10007)
        this.notice = { text: this.gt.notFindable, error: true };
    } finally {
      this.busy = '';
    }
  }

  private async apply(): Promise<void> {
    const core = this.timCore;
    const group = this.found;
    if (!core || !group || this.busy) return;
    this.busy = 'apply';
    this.notice = null;
    try {
      const result = await core.groups.apply(group.groupID, this.reason.trim() || undefined);
      this.report(result, group.groupID);
      this.reason = '';
      emit(this, 'tim-group-apply', { groupID: group.groupID, result });
    } catch (error) {
      this.fail(error, 'groups.apply');
    } finally {
      this.busy = '';
    }
  }

  protected override render(): TemplateResult {
    if (!this.timCore) return this.renderNoCore();
    const t = this.gt;
    const items = this.items;
    const joined = this.found ? items.some((g) => g.groupID === this.found?.groupID) : false;
    return html`<div part="base" class="base">
      <h2 id="groups-title" class="title">${t.groups}</h2>
      ${
        this.load.view !== 'ready'
          ? this.load.render({ slotted: true })
          : items.length === 0
            ? html`<div class="state empty" role="status">
                <slot name="empty">${t.noGroups}</slot>
              </div>`
            : html`<ul
                part="list"
                class="list"
                role="listbox"
                aria-labelledby="groups-title"
                @keydown=${this.onKeyDown}
              >
                ${items.map((g, index) =>
                  renderGroupItem(g, {
                    index,
                    count: items.length,
                    selected: this.activeID.value === `GROUP${g.groupID}`,
                    tabStop: g.groupID === this.tabStopID,
                    t,
                    onOpen: (groupID) => this.open(groupID),
                  }),
                )}
              </ul>`
      }
      ${renderFindForm({
        t,
        query: this.query,
        busy: this.busy,
        onQuery: (value) => (this.query = value),
        onSubmit: (event) => void this.find(event),
      })}
      ${
        this.found
          ? renderFound({
              group: this.found,
              joined,
              t,
              reason: this.reason,
              busy: this.busy === 'apply',
              onReason: (value) => (this.reason = value),
              onApply: () => void this.apply(),
              onOpen: () => this.found && this.open(this.found.groupID),
            })
          : nothing
      }
      ${renderNoticeLines(this.notice)}
    </div>`;
  }
}
