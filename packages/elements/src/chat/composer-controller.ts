import type { ReactiveController } from 'lit';
import type {
  TimCore,
  TimMentionTarget,
  TimMessage,
  TimSendOptions,
  TimTextSendOptions,
} from '@tim-kit/headless';
import { emit } from '../events/events.js';
import type { TimStrings } from '../internal/i18n.js';
import type { TimChat } from './chat.component.js';
import { sendAttachment, type AttachmentKind } from './attachments.js';
import { FileDrop } from './file-drop.js';
import type { ComposerHost } from './composer.js';
import { readLocation } from './location-form.js';
import { quoteData } from './quote.js';
import { VoiceRecorder } from './voice-recorder.js';
import { MentionPicker } from './mention-picker.js';
import { MentionMembers } from './mention-members.js';

/** How long typing pauses before the draft is saved to the core (shown in the list). */
const DRAFT_SAVE_MS = 400;

/**
 * The composer's state and actions: the text (kept per conversation as the core's draft), the
 * message being replied to, the emoji grid, the location form, attachments (picked, pasted or
 * dropped) and voice recording.
 */
export class ChatComposerController implements ReactiveController, ComposerHost {
  draft = '';
  quote: { sender: string; text: string } | null = null;
  emojiOpen = false;
  locationOpen = false;
  locationInvalid = false;
  readonly recorder: VoiceRecorder;
  /** Pasted and dropped files. */
  readonly files: FileDrop;
  private quoted: TimMessage | null = null;
  private core: TimCore | undefined;
  private id: string | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** The @-mention picker of group conversations. */
  readonly mentions: MentionPicker;

  constructor(private readonly host: TimChat) {
    host.addController(this);
    const members = new MentionMembers(() => ({ core: this.core, id: this.id }), {
      changed: () => this.update(),
      failed: (error) => host.fail(error, 'groups.loadMembers', false),
    });
    this.mentions = new MentionPicker({
      get lang() {
        return host.timLang;
      },
      members: () => members.candidates(),
      canMentionAll: () => members.canMentionAll(),
      loadMembers: () => members.loadMore(),
      replaceText: (text, caret) => {
        this.onInput(text);
        void host.updateComplete.then(() => {
          const input = this.textarea();
          input?.focus();
          input?.setSelectionRange(caret, caret);
        });
      },
      requestUpdate: () => this.update(),
    });
    this.files = new FileDrop(host, (file, operation) => {
      void this.sendWith(operation, (core, id, options) =>
        sendAttachment(core, id, file, undefined, options),
      );
    });
    this.recorder = new VoiceRecorder(
      host,
      (clip, seconds) =>
        void this.sendWith('sendSound', (c, id, options) =>
          c.messages.sendSound(id, clip, seconds, options),
        ),
      (error) => host.fail(error, 'messages.sendSound'),
    );
  }

  get t(): TimStrings {
    return this.host.t;
  }

  get canSend(): boolean {
    return this.draft.trim() !== '';
  }

  private update(): void {
    this.host.requestUpdate();
  }

  /** Another conversation: save this one's draft, load the next one's. */
  switchTo(core: TimCore | undefined, id: string | null): void {
    this.saveDraft();
    this.core = core;
    this.id = id;
    this.draft = core && id ? core.conversations.getDraft(id) : '';
    this.quote = null;
    this.quoted = null;
    this.emojiOpen = false;
    this.locationOpen = false;
    this.mentions.reset();
  }

  hostDisconnected(): void {
    this.saveDraft();
  }

  private saveDraft(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const { core, id, draft } = this;
    if (!core || !id || core.conversations.getDraft(id) === draft) return;
    core.conversations.setDraft(id, draft).catch(() => undefined);
  }

  onInput(value: string): void {
    this.draft = value;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveDraft(), DRAFT_SAVE_MS);
    this.update();
  }

  /** The textarea's input: the text, and whether "@" opens the mention picker. */
  onTextInput(input: HTMLTextAreaElement): void {
    this.onInput(input.value);
    this.mentions.onInput(input.value, input.selectionStart ?? input.value.length);
  }

  /** The caret moved (click, arrows, Home/End): into or out of an "@partial" token. */
  onCaretMove(input: HTMLTextAreaElement): void {
    const { selectionStart, selectionEnd, value } = input;
    if (selectionStart !== selectionEnd) this.mentions.close();
    else this.mentions.onInput(value, selectionStart);
  }

  onKeyDown(event: KeyboardEvent): void {
    if (this.mentions.onKeyDown(event, this.draft)) return;
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    void this.sendText();
  }

  onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.sendText();
    this.textarea()?.focus();
  }

  private textarea(): HTMLTextAreaElement | null {
    return this.host.renderRoot.querySelector('textarea');
  }

  /** Sends the typed text (or `text`), as a reply when a message is quoted. */
  async sendText(text = this.draft): Promise<void> {
    const core = this.core;
    const id = this.id;
    if (!core || !id || text.trim() === '') return;
    const fromInput = text === this.draft;
    const mentions = id.startsWith('GROUP') ? this.mentions.takeMentions(text) : undefined;
    const options = this.withMentions(this.withReceipts(this.replyOptions()), mentions);
    this.mentions.close();
    if (fromInput) {
      this.draft = '';
      this.saveDraft();
    }
    this.host.error = null;
    this.host.scrollToLatest();
    this.update();
    try {
      const sent = await core.messages.sendText(id, text, options);
      emit(this.host, 'tim-message-send', {
        conversationID: id,
        text,
        kind: 'text',
        messageID: sent.id,
      });
    } catch (error) {
      // Refused before sending (nothing in the list to resend): give the text back to edit.
      const listed = this.host.messageList.some((m) => m.status === 'failed' && m.text === text);
      if (!listed && this.draft === '') this.draft = text;
      this.host.fail(error, 'messages.sendText');
      this.update();
    }
  }

  private withMentions(
    options: TimSendOptions | undefined,
    mentions: TimMentionTarget | undefined,
  ): TimTextSendOptions | undefined {
    return mentions ? { ...options, mentions } : options;
  }

  /** Group messages ask for read receipts when the chat's `group-read-receipts` is set. */
  private withReceipts(options: TimSendOptions | undefined): TimSendOptions | undefined {
    if (!this.host.groupReadReceipts || !this.id?.startsWith('GROUP')) return options;
    return { ...options, needReadReceipt: true };
  }

  /** The options of the next send: the quote, once. */
  private replyOptions(): TimSendOptions | undefined {
    const quoted = this.quoted;
    const quote = this.quote;
    if (!quoted || !quote) return undefined;
    this.cancelQuote();
    return { cloudCustomData: quoteData(quoted, quote.sender) };
  }

  /** Replies to `message`: its quote shows above the input until sent or cancelled. */
  startQuote(message: TimMessage): void {
    this.quoted = message;
    this.quote = {
      sender: message.fromSelf ? this.t.you : message.nick || message.from,
      text: message.text,
    };
    this.update();
    // After the current key event: an Enter that chose "Reply" must not land in the textarea.
    void this.host.updateComplete.then(() => setTimeout(() => this.textarea()?.focus(), 0));
  }

  cancelQuote(): void {
    this.quoted = null;
    this.quote = null;
    this.update();
  }

  toggleEmoji(): void {
    this.emojiOpen = !this.emojiOpen;
    this.update();
    if (this.emojiOpen) {
      void this.host.updateComplete.then(() =>
        this.host.renderRoot.querySelector<HTMLElement>('.emoji-picker button')?.focus(),
      );
    }
  }

  closeEmoji(): void {
    this.emojiOpen = false;
    this.update();
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>('[data-tool="emoji"]')?.focus(),
    );
  }

  /** Puts an emoji at the caret (or replaces the selection) and keeps the grid open. */
  insertEmoji(emoji: string): void {
    const input = this.textarea();
    const start = input?.selectionStart ?? this.draft.length;
    const end = input?.selectionEnd ?? this.draft.length;
    this.onInput(this.draft.slice(0, start) + emoji + this.draft.slice(end));
    void this.host.updateComplete.then(() => {
      input?.setSelectionRange(start + emoji.length, start + emoji.length);
    });
  }

  pickFiles(kind: AttachmentKind, files: File[]): void {
    for (const file of files) {
      void this.sendWith(`send-${kind}`, (core, id, options) =>
        sendAttachment(core, id, file, kind === 'file' ? 'file' : kind, options),
      );
    }
  }

  onPaste(event: ClipboardEvent): void {
    this.files.onPaste(event);
  }

  toggleLocation(): void {
    this.locationOpen = !this.locationOpen;
    this.locationInvalid = false;
    this.update();
    if (this.locationOpen) {
      void this.host.updateComplete.then(() =>
        this.host.renderRoot.querySelector<HTMLElement>('.location-form input')?.focus(),
      );
    }
  }

  submitLocation(event: SubmitEvent): void {
    event.preventDefault();
    const location = readLocation(event.currentTarget as HTMLFormElement);
    if (!location) {
      this.locationInvalid = true;
      this.update();
      return;
    }
    this.locationOpen = false;
    this.update();
    void this.sendWith('sendLocation', (core, id, options) =>
      core.messages.sendLocation(id, location, options),
    );
  }

  toggleRecording(): void {
    if (this.recorder.recording) this.recorder.stop();
    else void this.recorder.start();
  }

  /**
   * Runs one media or location send against the conversation on screen with the chat's send
   * options (read receipts in groups), announces it like a text, and reports failures.
   */
  private async sendWith(
    operation: string,
    send: (core: TimCore, id: string, options: TimSendOptions | undefined) => Promise<TimMessage>,
  ): Promise<void> {
    const core = this.core;
    const id = this.id;
    if (!core || !id) return;
    this.host.error = null;
    this.host.scrollToLatest();
    try {
      const sent = await send(core, id, this.withReceipts(undefined));
      emit(this.host, 'tim-message-send', {
        conversationID: id,
        text: '',
        kind: sent.kind,
        messageID: sent.id,
      });
    } catch (error) {
      this.host.fail(error, `messages.${operation}`);
    }
  }
}
