import { html, nothing, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { TimConversation, TimCore } from '@tim-kit/headless';
import { TimCoreElement } from '../internal/core-element.js';
import { StoreController } from '../internal/store-controller.js';
import { confirmDialogStyles } from '../internal/confirm-dialog.js';
import { errorText } from '../internal/i18n.js';
import { LoadStatusController } from '../internal/load-status.js';
import { emit } from '../events/events.js';
import { shared, tokens } from '../themes/tokens.styles.js';
import { renderConversationItem } from './conversation-item.js';
import { ItemActionsController } from './item-actions-controller.js';
import { focusRow, listKeyAction, rowIndexOf } from './list-navigation.js';
import { matchesQuery } from './preview.js';
import styles from './conversation-list.styles.js';

/**
 * @tagname tim-conversation-list
 * @summary The user's conversations, pinned first then newest, as a keyboard-navigable,
 * virtualized listbox with a search box and a menu per conversation.
 *
 * Click, Enter or Space selects a conversation: it becomes the core's active conversation (which
 * `<tim-chat>` follows) and `tim-conversation-select` is emitted. ArrowUp/ArrowDown/Home/End
 * move the focus. Shift+F10 (or the context-menu key, a right click, or the ⋯ mark) opens the
 * conversation's menu: pin/unpin, mute/unmute, mark read and delete; Delete asks to delete at
 * once. Deleting confirms first and can keep the message history. Muted conversations show a
 * dot instead of the unread count; a saved draft shows as "[Draft] …". A group with an unread
 * message that mentions the user shows "[@me]" (or "[@all]" for @all) before the preview until
 * it is read.
 *
 * @slot empty - Shown when the user has no conversations.
 * @slot loading - Shown while signing in and until the conversation list arrives.
 *
 * @event {CustomEvent<TimConversationSelectDetail>} tim-conversation-select - The user selected
 * a conversation. `detail.conversationID` is its ID.
 * @event {CustomEvent<TimErrorDetail>} tim-error - A menu action failed. `detail` has `code`,
 * `message` and `operation`.
 *
 * @csspart base - The wrapper of the whole element.
 * @csspart search - The search box.
 * @csspart list - The scrolling listbox.
 * @csspart loading - The loading state (`role="status"`) shown until the first list arrives.
 * @csspart load-error - Shown in place of the list when it could not be loaded (or signed out).
 * @csspart item - One conversation (role option).
 * @csspart avatar - The avatar image or initials.
 * @csspart name - The conversation's name.
 * @csspart pin - The marker of a pinned conversation.
 * @csspart preview - The last message preview (or the draft).
 * @csspart draft - The "[Draft]" label.
 * @csspart mention - The "[@me]" / "[@all]" marker of a group with an unread mention.
 * @csspart time - The time of the last message.
 * @csspart badge - The unread count, or the dot of a muted conversation.
 * @csspart more - The ⋯ mark that opens an item's menu with the pointer.
 * @csspart menu - The menu of one conversation.
 * @csspart menu-item - One entry of that menu.
 * @csspart dialog - The dialog that confirms a delete.
 * @csspart error - The alert region that shows a failed action.
 *
 * @cssproperty --tim-color-background - Background of the list.
 * @cssproperty --tim-color-surface-hover - Background of a hovered item.
 * @cssproperty --tim-color-surface-selected - Background of the selected item.
 * @cssproperty --tim-color-badge - Background of the unread badge.
 * @cssproperty --tim-color-muted-dot - Colour of the muted conversation's dot.
 * @cssproperty --tim-color-mention - Colour of the "[@me]" / "[@all]" marker (default: the danger colour).
 * @cssproperty --tim-avatar-size - Avatar diameter.
 */
export class TimConversationList extends TimCoreElement {
  static override styles = [tokens, shared, confirmDialogStyles, styles];

  private readonly conversations = new StoreController<readonly TimConversation[]>(this);
  private readonly activeID = new StoreController<string | null>(this);
  private readonly load = new LoadStatusController(this);

  /** The conversation that holds the roving tabindex. */
  @state() private focusID: string | null = null;
  @state() private searchText = '';

  @query('.list') private listEl?: HTMLElement;

  private readonly actions = new ItemActionsController(this, {
    find: (id) => this.find(id),
    optionFor: (id) => this.optionFor(id),
    focusIndex: (index) => this.focusIndex(index),
    setFocusID: (id) => (this.focusID = id),
    activeID: () => this.activeID.value ?? null,
  });

  protected override coreChanged(core: TimCore | undefined): void {
    this.conversations.setStore(core?.conversations.$conversations);
    this.activeID.setStore(core?.conversations.$activeConversationID);
    this.load.setStores(core, core?.conversations.$loadState);
  }

  private get allItems(): readonly TimConversation[] {
    return this.conversations.value ?? [];
  }

  /** The rows on screen: every conversation, or those matching the search box. */
  private get items(): readonly TimConversation[] {
    const all = this.allItems;
    return this.searchText.trim() === ''
      ? all
      : all.filter((c) => matchesQuery(c, this.searchText));
  }

  private find(id: string | null): TimConversation | undefined {
    return id === null ? undefined : this.allItems.find((c) => c.conversationID === id);
  }

  /** The ID that gets tabindex 0: the focused one if still listed, else the selected, else the first. */
  private get tabStopID(): string | null {
    const items = this.items;
    if (this.focusID && items.some((c) => c.conversationID === this.focusID)) return this.focusID;
    const active = this.activeID.value;
    if (active && items.some((c) => c.conversationID === active)) return active;
    return items[0]?.conversationID ?? null;
  }

  /** Selects a conversation as if the user had picked it. */
  select(conversationID: string): void {
    const core = this.timCore;
    if (!core) return;
    this.focusID = conversationID;
    core.conversations.setActive(conversationID);
    emit(this, 'tim-conversation-select', { conversationID });
  }

  /** Opens the menu of a listed conversation, focusing its first entry. */
  openMenu(conversationID: string): Promise<void> {
    return this.actions.openMenu(conversationID);
  }

  private onClick(event: MouseEvent): void {
    const conversation = this.items[rowIndexOf(event, this.listEl)];
    if (!conversation) return;
    const onMore = event
      .composedPath()
      .some((n) => n instanceof HTMLElement && n.dataset.more !== undefined);
    if (onMore) void this.openMenu(conversation.conversationID);
    else this.select(conversation.conversationID);
  }

  private onContextMenu(event: MouseEvent): void {
    const conversation = this.items[rowIndexOf(event, this.listEl)];
    if (!conversation) return;
    event.preventDefault();
    void this.openMenu(conversation.conversationID);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const items = this.items;
    if (items.length === 0) return;
    const current = items.findIndex((c) => c.conversationID === this.tabStopID);
    const action = listKeyAction(event, current, items.length);
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'move') {
      void this.focusIndex(action.index);
      return;
    }
    const target = items[rowIndexOf(event, this.listEl)] ?? items[current];
    if (!target) return;
    if (action.kind === 'select') this.select(target.conversationID);
    else if (action.kind === 'menu') void this.openMenu(target.conversationID);
    else void this.actions.askDelete(target.conversationID);
  }

  /** Moves the roving tabindex to an index and focuses it, scrolling it into the rendered range. */
  private async focusIndex(index: number): Promise<void> {
    const conversation = this.items[index];
    if (!conversation) return;
    this.focusID = conversation.conversationID;
    await this.updateComplete;
    await focusRow(this.listEl, index, () => this.optionFor(conversation.conversationID));
  }

  private optionFor(conversationID: string): HTMLElement | null {
    return (
      this.renderRoot.querySelector<HTMLElement>(
        `[role="option"][data-id="${CSS.escape(conversationID)}"]`,
      ) ?? null
    );
  }

  private renderState(items: readonly TimConversation[]): TemplateResult | typeof nothing {
    const t = this.t;
    if (items.length > 0) return nothing;
    // Cached rows (storage) show while signing in; without them, say what is going on.
    if (this.load.view !== 'ready' && this.allItems.length === 0) {
      return this.load.render({ slotted: true, title: t.loadFailed });
    }
    if (this.allItems.length > 0)
      return html`<div class="state" role="status">${t.noMatches}</div>`;
    return html`<div class="state" role="status">
      <slot name="empty">${t.noConversations}</slot>
    </div>`;
  }

  protected override render(): TemplateResult {
    if (!this.timCore) return this.renderNoCore();
    const t = this.t;
    const items = this.items;
    const error = this.actions.error;
    return html`<div part="base" class="base">
      <div class="search-row">
        <input
          part="search"
          class="search"
          type="search"
          aria-label=${t.searchConversations}
          placeholder=${t.searchConversations}
          .value=${this.searchText}
          @input=${(e: InputEvent) => (this.searchText = (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => {
            // ArrowDown from the search box moves into the (filtered) list.
            if (e.key !== 'ArrowDown' || this.items.length === 0) return;
            e.preventDefault();
            void this.focusIndex(0);
          }}
        />
      </div>
      <div part="error" class=${error ? 'error shown' : 'error'} role="alert">
        ${error ? errorText(this.timLang, error.code, error.message) : nothing}
      </div>
      ${this.renderState(items)}
      <div
        part="list"
        class="list"
        role="listbox"
        aria-label=${t.conversations}
        ?hidden=${items.length === 0}
        @click=${this.onClick}
        @contextmenu=${this.onContextMenu}
        @keydown=${this.onKeyDown}
      >
        ${virtualize({
          items: items as TimConversation[],
          keyFunction: (c: TimConversation) => c.conversationID,
          renderItem: (c: TimConversation, index: number) =>
            renderConversationItem(c, {
              index,
              count: items.length,
              selected: c.conversationID === this.activeID.value,
              tabStop: c.conversationID === this.tabStopID,
              lang: this.timLang,
              t,
            }),
          scroller: true,
        })}
      </div>
      ${this.actions.renderMenu()} ${this.actions.renderConfirm()}
    </div>`;
  }
}
