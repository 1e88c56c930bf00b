import { html, nothing, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import {
  virtualize,
  virtualizerRef,
  type VirtualizerHostElement,
} from '@lit-labs/virtualizer/virtualize.js';
import type { LoginStatus, TimConversation, TimCore } from '@tim-kit/headless';
import { TimCoreElement } from '../internal/core-element.js';
import { StoreController } from '../internal/store-controller.js';
import { renderAvatar } from '../internal/avatar.js';
import { formatBadge, formatFullTime, formatListTime } from '../internal/format.js';
import { emit } from '../events/events.js';
import { shared, tokens } from '../themes/tokens.styles.js';
import styles from './conversation-list.styles.js';

/**
 * @tagname tim-conversation-list
 * @summary The user's conversations, newest first, as a keyboard-navigable, virtualized listbox.
 *
 * Click, Enter or Space selects a conversation: it becomes the core's active conversation (which
 * `<tim-chat>` follows) and `tim-conversation-select` is emitted. ArrowUp/ArrowDown/Home/End
 * move the focus. Muted conversations show a dot instead of the unread count.
 *
 * @slot empty - Shown when the user has no conversations.
 *
 * @event {CustomEvent<TimConversationSelectDetail>} tim-conversation-select - The user selected
 * a conversation. `detail.conversationID` is its ID.
 *
 * @csspart base - The wrapper of the whole element.
 * @csspart list - The scrolling listbox.
 * @csspart item - One conversation (role option).
 * @csspart avatar - The avatar image or initials.
 * @csspart name - The conversation's name.
 * @csspart preview - The last message preview.
 * @csspart time - The time of the last message.
 * @csspart badge - The unread count, or the dot of a muted conversation.
 *
 * @cssproperty --tim-color-background - Background of the list.
 * @cssproperty --tim-color-surface-hover - Background of a hovered item.
 * @cssproperty --tim-color-surface-selected - Background of the selected item.
 * @cssproperty --tim-color-badge - Background of the unread badge.
 * @cssproperty --tim-color-muted-dot - Colour of the muted conversation's dot.
 * @cssproperty --tim-avatar-size - Avatar diameter.
 */
export class TimConversationList extends TimCoreElement {
  static override styles = [tokens, shared, styles];

  private readonly conversations = new StoreController<readonly TimConversation[]>(this);
  private readonly activeID = new StoreController<string | null>(this);
  private readonly loginStatus = new StoreController<LoginStatus>(this);

  /** The conversation that holds the roving tabindex. */
  @state() private focusID: string | null = null;

  @query('.list') private listEl?: HTMLElement;

  protected override coreChanged(core: TimCore | undefined): void {
    this.conversations.setStore(core?.conversations.$conversations);
    this.activeID.setStore(core?.conversations.$activeConversationID);
    this.loginStatus.setStore(core?.auth.$loginStatus);
  }

  private get items(): readonly TimConversation[] {
    return this.conversations.value ?? [];
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

  private indexFromEvent(event: Event): number {
    for (const node of event.composedPath()) {
      if (node instanceof HTMLElement && node.dataset.index !== undefined) {
        return Number(node.dataset.index);
      }
      if (node === this.listEl) break;
    }
    return -1;
  }

  private onClick(event: MouseEvent): void {
    const conversation = this.items[this.indexFromEvent(event)];
    if (conversation) this.select(conversation.conversationID);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const items = this.items;
    if (items.length === 0) return;
    const current = items.findIndex((c) => c.conversationID === this.tabStopID);
    let next = -1;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(items.length - 1, current + 1);
        break;
      case 'ArrowUp':
        next = Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      case 'Enter':
      case ' ': {
        event.preventDefault();
        const conversation = items[this.indexFromEvent(event)] ?? items[current];
        if (conversation) this.select(conversation.conversationID);
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    void this.focusIndex(next);
  }

  /** Moves the roving tabindex to an index and focuses it, scrolling it into the rendered range. */
  private async focusIndex(index: number): Promise<void> {
    const conversation = this.items[index];
    if (!conversation) return;
    this.focusID = conversation.conversationID;
    await this.updateComplete;
    let option = this.optionFor(conversation.conversationID);
    if (!option) {
      const virtualizer = (this.listEl as VirtualizerHostElement | undefined)?.[virtualizerRef];
      virtualizer?.element(index)?.scrollIntoView({ block: 'nearest' });
      await virtualizer?.layoutComplete;
      option = this.optionFor(conversation.conversationID);
    }
    option?.focus();
  }

  private optionFor(conversationID: string): HTMLElement | null {
    return (
      this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(conversationID)}"]`) ??
      null
    );
  }

  private renderItem(c: TimConversation, index: number, count: number): TemplateResult {
    const t = this.t;
    const selected = c.conversationID === this.activeID.value;
    const last = c.lastMessage;
    const unread = c.unreadCount > 0;
    return html`<div
      role="option"
      part="item"
      class="item"
      data-id=${c.conversationID}
      data-index=${index}
      aria-selected=${selected ? 'true' : 'false'}
      aria-posinset=${index + 1}
      aria-setsize=${count}
      tabindex=${c.conversationID === this.tabStopID ? 0 : -1}
    >
      ${renderAvatar(c.peerID, c.name, c.avatar)}
      <div class="main">
        <div class="row">
          <span part="name" class="name">${c.name}</span>
          ${
            last
              ? html`<time
                  part="time"
                  class="time"
                  datetime=${new Date(last.time).toISOString()}
                  title=${formatFullTime(last.time, this.timLang)}
                  >${formatListTime(last.time, this.timLang)}</time
                >`
              : nothing
          }
        </div>
        <div class="row">
          <span part="preview" class="preview">${last?.preview ?? ''}</span>
          ${
            c.isMuted
              ? html`<span
                    part="badge"
                    class=${unread ? 'dot unread' : 'dot'}
                    aria-hidden="true"
                  ></span
                  ><span class="sr-only">${t.muted}</span>`
              : unread
                ? html`<span part="badge" class="badge" aria-hidden="true"
                      >${formatBadge(c.unreadCount)}</span
                    ><span class="sr-only">${t.unread(formatBadge(c.unreadCount))}</span>`
                : nothing
          }
        </div>
      </div>
    </div>`;
  }

  protected override render(): TemplateResult {
    if (!this.timCore) return this.renderNoCore();
    const t = this.t;
    const items = this.items;
    const loading = this.loginStatus.value === 'logging-in' && items.length === 0;
    return html`<div part="base" class="base">
      ${
        loading
          ? html`<div class="state" role="status">${t.loading}</div>`
          : items.length === 0
            ? html`<div class="state" role="status">
                <slot name="empty">${t.noConversations}</slot>
              </div>`
            : nothing
      }
      <div
        part="list"
        class="list"
        role="listbox"
        aria-label=${t.conversations}
        ?hidden=${items.length === 0}
        @click=${this.onClick}
        @keydown=${this.onKeyDown}
      >
        ${virtualize({
          items: items as TimConversation[],
          keyFunction: (c: TimConversation) => c.conversationID,
          renderItem: (c: TimConversation, i: number) => this.renderItem(c, i, items.length),
          scroller: true,
        })}
      </div>
    </div>`;
  }
}
