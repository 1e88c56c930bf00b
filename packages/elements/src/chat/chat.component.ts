import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { MessageThread, TimConversation, TimCore, TimMessage } from '@tim-kit/headless';
import { TimCoreElement } from '../internal/core-element.js';
import { StoreController } from '../internal/store-controller.js';
import { errorText } from '../internal/i18n.js';
import { emit, toErrorDetail, type TimErrorDetail } from '../events/events.js';
import { shared, tokens } from '../themes/tokens.styles.js';
import { renderMessage } from './message-view.js';
import { ScrollKeeper } from './scroll-keeper.js';
import styles from './chat.styles.js';

/**
 * @tagname tim-chat
 * @summary One conversation: header, virtualized message history and a text input.
 *
 * Shows the core's active conversation (the one `<tim-conversation-list>` selects) unless
 * `conversation-id` is set. Opens at the newest message, loads older pages when scrolled to the
 * top without moving what is on screen, and follows new messages while at the bottom. Enter
 * sends, Shift+Enter starts a new line. Failed messages offer a Resend button; errors are shown
 * as words in an alert region and emitted as `tim-error`.
 *
 * @slot actions - Buttons or links shown at the end of the header.
 * @slot empty - Shown when no conversation is selected.
 *
 * @event {CustomEvent<TimMessageSendDetail>} tim-message-send - A text was sent. `detail` has
 * `conversationID` and `text`.
 * @event {CustomEvent<TimErrorDetail>} tim-error - Loading, sending or resending failed.
 * `detail` has `code`, `message` and `operation`.
 *
 * @csspart base - The wrapper of the whole element.
 * @csspart header - The header with the conversation name.
 * @csspart list - The scrolling message log.
 * @csspart message - One message row.
 * @csspart bubble - The bubble holding a message's text.
 * @csspart resend-button - The Resend button of a failed message.
 * @csspart input - The textarea.
 * @csspart send-button - The Send button.
 * @csspart error - The alert region that shows errors.
 *
 * @cssproperty --tim-color-bubble-self - Background of the user's own bubbles.
 * @cssproperty --tim-color-on-bubble-self - Text colour of the user's own bubbles.
 * @cssproperty --tim-color-bubble-other - Background of other people's bubbles.
 * @cssproperty --tim-color-on-bubble-other - Text colour of other people's bubbles.
 * @cssproperty --tim-color-danger - Colour of errors and failed messages.
 * @cssproperty --tim-radius-bubble - Corner radius of bubbles.
 */
export class TimChat extends TimCoreElement {
  static override styles = [tokens, shared, styles];

  /** Show this conversation (e.g. `C2Calice`) instead of following the active one. */
  @property({ attribute: 'conversation-id' }) conversationId = '';

  @state() private draft = '';
  @state() private error: TimErrorDetail | null = null;

  @query('.list') private listEl?: HTMLElement;
  @query('.items') private itemsEl?: HTMLElement;
  @query('textarea') private textarea?: HTMLTextAreaElement;

  private readonly activeID = new StoreController<string | null>(this);
  private readonly conversations = new StoreController<readonly TimConversation[]>(this);
  private readonly messages = new StoreController<readonly TimMessage[]>(this);
  private readonly isComplete = new StoreController<boolean>(this);
  private readonly isLoading = new StoreController<boolean>(this);
  private readonly keeper = new ScrollKeeper(
    this,
    () => this.loadOlder(),
    (id) => this.messageList.findIndex((m) => m.id === id),
  );
  private thread: MessageThread | undefined;
  private shownMessages: readonly TimMessage[] = [];

  protected override coreChanged(core: TimCore | undefined): void {
    this.activeID.setStore(core?.conversations.$activeConversationID);
    this.conversations.setStore(core?.conversations.$conversations);
  }

  /** The conversation on screen, or null. */
  get conversationID(): string | null {
    return this.conversationId || this.activeID.value || null;
  }

  private get messageList(): readonly TimMessage[] {
    return this.messages.value ?? [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const core = this.timCore;
    const id = core ? this.conversationID : null;
    if (this.thread?.conversationID !== id || (this.thread && !core)) this.openThread(core, id);
    const next = this.messageList;
    if (next !== this.shownMessages) {
      this.keeper.beforeChange(this.shownMessages, next);
      this.shownMessages = next;
      void this.updateComplete.then(() => this.keeper.afterChange());
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.keeper.attach(this.listEl, this.itemsEl);
  }

  private openThread(core: TimCore | undefined, id: string | null): void {
    this.thread = core && id ? core.messages.thread(id) : undefined;
    this.messages.setStore(this.thread?.$messages);
    this.isComplete.setStore(this.thread?.$isComplete);
    this.isLoading.setStore(this.thread?.$isLoading);
    this.keeper.reset();
    this.error = null;
    if (this.thread && this.thread.$messages.get().length === 0) void this.loadOlder();
    if (core && id && this.conversationId) {
      core.messages.markRead(id).catch((e: unknown) => this.fail(e, 'messages.markRead', false));
    }
  }

  /** Loads the previous page of history, if there is one and none is loading. */
  async loadOlder(): Promise<void> {
    const thread = this.thread;
    if (!thread || thread.$isLoading.get() || thread.$isComplete.get()) return;
    try {
      await thread.loadOlder();
    } catch (error) {
      this.fail(error, 'messages.loadOlder');
    }
  }

  /** Sends the text in the input (or `text`) to the conversation on screen. */
  async send(text = this.draft): Promise<void> {
    const core = this.timCore;
    const id = this.conversationID;
    if (!core || !id || text.trim() === '') return;
    if (text === this.draft) this.draft = '';
    this.error = null;
    this.keeper.scrollToBottom();
    try {
      await core.messages.sendText(id, text);
      emit(this, 'tim-message-send', { conversationID: id, text });
    } catch (error) {
      // Refused before sending (nothing in the list to resend): give the text back to edit.
      const listed = this.messageList.some((m) => m.status === 'failed' && m.text === text);
      if (!listed && this.draft === '') this.draft = text;
      this.fail(error, 'messages.sendText');
    }
  }

  private async resend(message: TimMessage): Promise<void> {
    const core = this.timCore;
    if (!core) return;
    this.error = null;
    try {
      await core.messages.resend(message.conversationID, message.id);
    } catch (error) {
      this.fail(error, 'messages.resend');
    }
  }

  private fail(error: unknown, operation: string, show = true): void {
    const detail = toErrorDetail(error, operation);
    if (show) this.error = detail;
    emit(this, 'tim-error', detail);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    void this.send();
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.send();
    this.textarea?.focus();
  }

  private renderHeader(id: string): TemplateResult {
    const conversation = this.conversations.value?.find((c) => c.conversationID === id);
    const name = conversation?.name || id.replace(/^(C2C|GROUP)/, '');
    return html`<header part="header" class="header">
      <h2 class="title">${name}</h2>
      <slot name="actions"></slot>
    </header>`;
  }

  private renderList(id: string): TemplateResult {
    const t = this.t;
    const items = this.messageList;
    const options = {
      lang: this.timLang,
      t,
      isGroup: id.startsWith('GROUP'),
      onResend: (m: TimMessage) => void this.resend(m),
    };
    const loading = this.isLoading.value === true;
    return html`<div class="list-wrap">
      <div class="history-state" role="status">
        ${loading ? html`<span class="pill">${t.loadingOlder}</span>` : nothing}
      </div>
      ${
        !loading && items.length === 0
          ? html`<div class="state list-empty">${t.noMessages}</div>`
          : nothing
      }
      <div
        part="list"
        class="list"
        role="log"
        aria-live="polite"
        aria-label=${t.messages}
        aria-busy=${loading ? 'true' : 'false'}
        tabindex="0"
      >
        <div class="items">
          ${virtualize({
            items: items as TimMessage[],
            keyFunction: (m: TimMessage) => m.id,
            renderItem: (m: TimMessage) => renderMessage(m, options),
          })}
        </div>
      </div>
    </div>`;
  }

  private renderComposer(): TemplateResult {
    const t = this.t;
    const error = this.error;
    return html`<div part="error" class=${error ? 'error shown' : 'error'} role="alert">
        ${
          error
            ? html`<span>${errorText(this.timLang, error.code, error.message)}</span>
                <button type="button" class="dismiss" @click=${() => (this.error = null)}>
                  ${t.dismiss}
                </button>`
            : nothing
        }
      </div>
      <form class="composer" @submit=${this.onSubmit}>
        <textarea
          part="input"
          rows="2"
          aria-label=${t.inputLabel}
          placeholder=${t.inputPlaceholder}
          .value=${this.draft}
          @input=${(e: InputEvent) => (this.draft = (e.target as HTMLTextAreaElement).value)}
          @keydown=${this.onKeyDown}
        ></textarea>
        <button part="send-button" class="send" type="submit" ?disabled=${this.draft.trim() === ''}>
          ${t.send}
        </button>
      </form>`;
  }

  protected override render(): TemplateResult {
    if (!this.timCore) return this.renderNoCore();
    const id = this.conversationID;
    if (!id) {
      return html`<div part="base" class="base">
        <div class="state" role="status">
          <slot name="empty">${this.t.noConversationSelected}</slot>
        </div>
      </div>`;
    }
    return html`<div part="base" class="base">
      ${this.renderHeader(id)} ${this.renderList(id)} ${this.renderComposer()}
    </div>`;
  }
}
