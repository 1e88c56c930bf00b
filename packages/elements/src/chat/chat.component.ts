import type { PropertyValues, TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { TimErrorCode } from '@tim-kit/headless';
import type { TimConversation, TimCore, TimMessage } from '@tim-kit/headless';
import { TimCoreElement } from '../internal/core-element.js';
import { StoreController } from '../internal/store-controller.js';
import { emit, toErrorDetail, type TimErrorDetail } from '../events/events.js';
import { ChatHistory } from './chat-history.js';
import { renderChatView, renderNoConversation } from './chat-view.js';
import { ChatComposerController } from './composer-controller.js';
import { GroupInfo } from './group-info.js';
import { JumpToLatest } from './jump-to-latest.js';
import { MessageActionsController } from './message-actions-controller.js';
import type { TimCustomRenderer } from './message-bubble/index.js';
import { ImageDialogController } from './image-dialog.js';
import { ForwardController } from './forward-dialog.js';
import { MergedController } from './merged-dialog.js';
import { ReadReceiptsController } from './read-receipts.js';
import { ScrollKeeper } from './scroll-keeper.js';
import { chatStyleSheets } from './chat-sheets.styles.js';

/**
 * @tagname tim-chat
 * @summary One conversation: header, virtualized history of every message kind, message
 * actions and a composer with emoji, attachments, voice and location.
 *
 * Shows the core's active conversation (the one `<tim-conversation-list>` selects) unless
 * `conversation-id` is set. Opens at the newest message, loads older pages when scrolled to the
 * top without moving what is on screen, and follows new messages while at the bottom; scrolled
 * up, a "jump to latest" button counts what arrived. Each message has a ⋯ menu (copy, reply
 * with a quote, forward, recall within 2 minutes, delete, resend, select several to delete or
 * forward one by one or merged into one "chat history" message, which opens as a list). Enter
 * sends, Shift+Enter starts a new line; images and files can be attached, pasted or dropped,
 * and show their upload progress with a Cancel button that stops the upload and removes them.
 * The unsent text is kept per conversation as its draft. In groups, typing "@" opens a picker
 * of members (ArrowUp/ArrowDown, Enter or Tab inserts "@Name ", Escape closes; owners and admins
 * also get an entry for everyone) and the picked members are sent as the text's mentions;
 * messages that mention the user are marked. In C2C the header says "Typing…" while the peer
 * types, and typing in the composer tells the peer (online-only signals, at most one per 3 s).
 * Errors are shown as words in an alert region and emitted as `tim-error`.
 *
 * @slot actions - Buttons or links shown at the end of the header.
 * @slot empty - Shown when no conversation is selected.
 * @slot loading - Shown while signing in and until the first page of history arrives.
 *
 * @event {CustomEvent<TimMessageSendDetail>} tim-message-send - A message was sent from the
 * composer (text, image, file, video, voice or location). `detail` has `conversationID`, `kind`,
 * `messageID` and `text` (`''` for kinds other than text).
 * @event {CustomEvent<TimMessageForwardDetail>} tim-message-forward - Messages were forwarded.
 * `detail` has `targets` (the conversations reached), `count` and `merged`.
 * @event {CustomEvent<TimErrorDetail>} tim-error - Loading, sending, recalling, deleting or
 * resending failed. `detail` has `code`, `message` and `operation`.
 *
 * @csspart base - The wrapper of the whole element.
 * @csspart header - The header with the conversation name.
 * @csspart subtitle - The member count of a group.
 * @csspart typing - C2C: "Typing…" while the peer types (`role="status"`, empty otherwise).
 * @csspart list - The scrolling message log.
 * @csspart loading - The loading state (`role="status"`) until the first page of history arrives.
 * @csspart load-error - Shown in place of the log when the history could not be loaded.
 * @csspart day-separator - The date line before each day's first message.
 * @csspart message - One message row.
 * @csspart mentioned - Also on a message row that mentions the user (or everyone).
 * @csspart notice - A centred note: recalled message, group tip or system notice.
 * @csspart bubble - The bubble holding a message's content.
 * @csspart quote - The quoted message above a reply.
 * @csspart link - A link in a text message.
 * @csspart image-button - The thumbnail of an image message (opens it large).
 * @csspart play-button - The play button of a voice message.
 * @csspart video - The video player of a video message.
 * @csspart download - The download link of a file message.
 * @csspart read - The "Read" mark of an own message.
 * @csspart read-button - In groups, the "N read" / "All read" button that lists who read it.
 * @csspart receipts-dialog - The dialog listing the members who read a message and who have not.
 * @csspart receipt-members - One list in that dialog.
 * @csspart progress - The upload progress bar of a media message.
 * @csspart cancel-upload-button - The Cancel button next to that bar: the upload stops and the
 * message leaves the conversation (nothing is sent).
 * @csspart actions-button - The ⋯ button that opens a message's menu.
 * @csspart message-menu - A message's menu.
 * @csspart menu-item - One entry of that menu.
 * @csspart select - The checkbox of a message while selecting.
 * @csspart selection-bar - The bar with the selected count, Delete and Forward.
 * @csspart forward-selected - The selection bar's Forward button.
 * @csspart forward-dialog - The "Forward to" dialog (from a message's menu or the selection bar).
 * @csspart forward-filter - The search box that filters its conversations.
 * @csspart forward-list - Its list of conversations.
 * @csspart forward-target - One conversation (a checkbox and its name) in that list.
 * @csspart forward-mode - For several messages: "one by one" or "merged into one".
 * @csspart forward-confirm - The dialog's Forward button.
 * @csspart forward-status - The (visually hidden) status that reports a finished forward.
 * @csspart merger-button - A merged message's bubble: activating it lists the messages inside.
 * @csspart merged-dialog - The dialog listing the messages inside a merged message.
 * @csspart merged-item - One message in that dialog.
 * @csspart jump-button - The jump-to-latest button.
 * @csspart resend-button - The Resend button of a failed message.
 * @csspart toolbar - The composer's tool buttons.
 * @csspart emoji-button - The button that opens the emoji grid.
 * @csspart emoji-picker - The emoji grid.
 * @csspart location-form - The location form.
 * @csspart quote-preview - The message being replied to, above the input.
 * @csspart input - The textarea.
 * @csspart mention-picker - The listbox of members shown after typing "@" in a group.
 * @csspart mention-option - One member (or everyone) in that listbox.
 * @csspart send-button - The Send button.
 * @csspart image-dialog - The dialog that shows an image large.
 * @csspart error - The alert region that shows errors.
 *
 * @cssproperty --tim-color-bubble-self - Background of the user's own bubbles.
 * @cssproperty --tim-color-on-bubble-self - Text colour of the user's own bubbles.
 * @cssproperty --tim-color-bubble-other - Background of other people's bubbles.
 * @cssproperty --tim-color-on-bubble-other - Text colour of other people's bubbles.
 * @cssproperty --tim-color-danger - Colour of errors and failed messages.
 * @cssproperty --tim-color-mention - Accent of a message that mentions the user (default: the danger colour).
 * @cssproperty --tim-radius-bubble - Corner radius of bubbles.
 */
export class TimChat extends TimCoreElement {
  static override styles = chatStyleSheets;

  /** Show this conversation (e.g. `C2Calice`) instead of following the active one. */
  @property({ attribute: 'conversation-id' }) conversationId = '';

  /**
   * Draws custom messages (`kind === 'custom'`). Return a template or a string, or nothing for
   * the default (the message's description).
   */
  @property({ attribute: false }) renderCustom?: TimCustomRenderer;

  /**
   * Every text sent to a group asks the members for a read receipt (Work, Public and Meeting
   * groups; AVChatRoom and Community do not support them). Own messages that asked show
   * "N read" / "All read"; activating it lists who read and who has not.
   */
  @property({ type: Boolean, attribute: 'group-read-receipts' }) groupReadReceipts = false;

  @state() error: TimErrorDetail | null = null;

  @query('.list') private listEl?: HTMLElement;
  @query('.items') private itemsEl?: HTMLElement;

  private readonly activeID = new StoreController<string | null>(this);
  private readonly conversations = new StoreController<readonly TimConversation[]>(this);
  private readonly typing = new StoreController<Readonly<Record<string, boolean>>>(this);
  private readonly history = new ChatHistory(this, (e, operation) => this.fail(e, operation));
  private readonly jump = new JumpToLatest(this);
  private readonly largeImage = new ImageDialogController(this);
  private readonly groupInfo = new GroupInfo(this, (e, operation) =>
    this.fail(e, operation, false),
  );
  private readonly keeper = new ScrollKeeper(
    this,
    () => this.loadOlder(),
    (id) => this.messageList.findIndex((m) => m.id === id),
  );
  /** The composer: draft, quote, emoji, attachments, voice and location. */
  readonly composer = new ChatComposerController(this);
  /** The per-message menu and multi-select. */
  readonly actions = new MessageActionsController(this);
  /** Who read an own group message. */
  readonly receipts = new ReadReceiptsController(this);
  /** The "Forward to" dialog (a message's menu, or the selection bar). */
  readonly forwarder = new ForwardController(this, () => this.actions.forwarded());
  /** The messages inside a merged message. */
  readonly merged = new MergedController(this);
  private shownMessages: readonly TimMessage[] = [];

  protected override coreChanged(core: TimCore | undefined): void {
    this.activeID.setStore(core?.conversations.$activeConversationID);
    this.conversations.setStore(core?.conversations.$conversations);
    this.typing.setStore(core?.messages.$typing);
    this.history.setCore(core);
  }

  /** The conversation on screen, or null. */
  get conversationID(): string | null {
    return this.conversationId || this.activeID.value || null;
  }

  get messageList(): readonly TimMessage[] {
    return this.history.list;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const core = this.timCore;
    const id = core ? this.conversationID : null;
    const thread = this.history.thread;
    if (thread?.conversationID !== id || (thread && !core)) this.openThread(core, id);
    this.history.loadFirstPage();
    const next = this.messageList;
    if (next !== this.shownMessages) {
      this.jump.countNew(this.shownMessages, next);
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
    this.composer.switchTo(core, id);
    this.actions.reset();
    this.history.open(core && id ? core.messages.thread(id) : undefined);
    this.keeper.reset();
    this.error = null;
    this.jump.reset();
    this.groupInfo.open(core, id);
    if (core && id && this.conversationId) {
      core.messages.markRead(id).catch((e: unknown) => this.fail(e, 'messages.markRead', false));
    }
  }

  /** Loads the previous page of history, if there is one and none is loading. */
  loadOlder(): Promise<void> {
    return this.history.loadOlder();
  }

  /** Sends the text in the input (or `text`) to the conversation on screen. */
  send(text?: string): Promise<void> {
    return this.composer.sendText(text);
  }

  /** A group member's name card or nick (the user ID when unknown). */
  memberName(userID: string): string {
    return this.groupInfo.member(userID)?.name || userID;
  }

  /** Scrolls to the newest message and follows new ones again. */
  scrollToLatest(): void {
    this.keeper.scrollToBottom();
    this.jump.reset();
  }

  /** Shows an error in the alert region (unless `show` is false) and emits `tim-error`. */
  fail(error: unknown, operation: string, show = true): void {
    // The user cancelled the upload themselves: the send's rejection is not an error to report.
    if ((error as { code?: unknown } | null)?.code === TimErrorCode.UPLOAD_CANCELLED) return;
    const detail = toErrorDetail(error, operation);
    if (show) this.error = detail;
    emit(this, 'tim-error', detail);
  }

  protected override render(): TemplateResult {
    if (!this.timCore) return this.renderNoCore();
    const id = this.conversationID;
    if (!id) return renderNoConversation(this.t);
    return renderChatView({
      parts: {
        history: this.history,
        jump: this.jump,
        composer: this.composer,
        actions: this.actions,
        receipts: this.receipts,
        forwarder: this.forwarder,
        merged: this.merged,
        largeImage: this.largeImage,
        groupInfo: this.groupInfo,
      },
      header: {
        conversationID: id,
        conversation: this.conversations.value?.find((c) => c.conversationID === id),
        group: this.groupInfo.group,
        peerTyping: this.typing.value?.[id] === true,
        t: this.t,
      },
      lang: this.timLang,
      t: this.t,
      renderCustom: this.renderCustom,
      error: this.error,
      onDismissError: () => (this.error = null),
      onScroll: () => this.jump.onScroll(this.listEl),
      onJump: () => this.scrollToLatest(),
    });
  }
}
