import type { ReactiveController } from 'lit';
import type { TimCore, TimMessage } from '@tim-kit/headless';
import { emit } from '../events/events.js';
import type { TimStrings } from '../internal/i18n.js';
import type { TimChat } from './chat.component.js';
import { sendAttachment, type AttachmentKind } from './attachments.js';
import { ComposerDraft } from './composer-draft.js';
import { ComposerPanels } from './composer-panels.js';
import { FileDrop } from './file-drop.js';
import type { ComposerHost } from './composer.js';
import { sendMedia, type MediaSend } from './media-sender.js';
import { ComposerReply, type QuotePreview } from './composer-reply.js';
import { ComposerTyping } from './composer-typing.js';
import { withMentions, withReadReceipts } from './send-options.js';
import { VoiceRecorder } from './voice-recorder.js';
import type { MentionPicker } from './mention-picker.js';
import { createComposerMentions } from './composer-mentions.js';

/**
 * The composer's state and actions: the text (kept per conversation as the core's draft), the
 * message being replied to, the emoji grid, the location form, attachments (picked, pasted or
 * dropped) and voice recording.
 */
export class ChatComposerController implements ReactiveController, ComposerHost {
  readonly recorder: VoiceRecorder;
  /** Pasted and dropped files. */
  readonly files: FileDrop;
  /** The @-mention picker of group conversations. */
  readonly mentions: MentionPicker;
  private readonly drafts = new ComposerDraft();
  /** C2C: tells the peer the user is typing. */
  private readonly typing = new ComposerTyping();
  private readonly panels: ComposerPanels;
  private readonly reply: ComposerReply;
  private core: TimCore | undefined;
  private id: string | null = null;

  constructor(private readonly host: TimChat) {
    host.addController(this);
    this.panels = new ComposerPanels(host);
    this.reply = new ComposerReply(host);
    this.mentions = createComposerMentions(host, {
      conversation: () => ({ core: this.core, id: this.id }),
      setText: (text) => this.onInput(text),
      textarea: () => this.textarea(),
      update: () => this.update(),
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

  get draft(): string {
    return this.drafts.text;
  }

  /** The message being replied to, shown above the input. */
  get quote(): QuotePreview | null {
    return this.reply.preview;
  }

  get canSend(): boolean {
    return this.draft.trim() !== '';
  }

  get emojiOpen(): boolean {
    return this.panels.emojiOpen;
  }

  get locationOpen(): boolean {
    return this.panels.locationOpen;
  }

  get locationInvalid(): boolean {
    return this.panels.locationInvalid;
  }

  private update(): void {
    this.host.requestUpdate();
  }

  /** Another conversation: save this one's draft, load the next one's. */
  switchTo(core: TimCore | undefined, id: string | null): void {
    this.typing.stop();
    this.drafts.open(core, id);
    this.core = core;
    this.id = id;
    this.reply.clear();
    this.panels.closeAll();
    this.mentions.reset();
  }

  hostDisconnected(): void {
    this.drafts.save();
    this.typing.stop();
  }

  onInput(value: string): void {
    this.drafts.edit(value);
    this.update();
  }

  /** The textarea's input: the text, and whether "@" opens the mention picker. */
  onTextInput(input: HTMLTextAreaElement): void {
    this.onInput(input.value);
    this.typing.input(this.core, this.id, input.value);
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
    const withReceipts = withReadReceipts(
      this.reply.takeOptions(),
      this.host.groupReadReceipts,
      id,
    );
    const options = withMentions(withReceipts, mentions);
    this.mentions.close();
    if (fromInput) {
      this.drafts.text = '';
      this.drafts.save();
      this.typing.stop();
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
      if (!listed && this.draft === '') this.drafts.text = text;
      this.host.fail(error, 'messages.sendText');
      this.update();
    }
  }

  /** Replies to `message`: its quote shows above the input until sent or cancelled. */
  startQuote(message: TimMessage): void {
    this.reply.start(message, message.fromSelf ? this.t.you : message.nick || message.from);
    // After the current key event: an Enter that chose "Reply" must not land in the textarea.
    void this.host.updateComplete.then(() => setTimeout(() => this.textarea()?.focus(), 0));
  }

  cancelQuote(): void {
    this.reply.cancel();
  }

  toggleEmoji(): void {
    this.panels.toggleEmoji();
  }

  closeEmoji(): void {
    this.panels.closeEmoji();
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
    this.panels.toggleLocation();
  }

  submitLocation(event: SubmitEvent): void {
    const location = this.panels.submitLocation(event);
    if (!location) return;
    void this.sendWith('sendLocation', (core, id, options) =>
      core.messages.sendLocation(id, location, options),
    );
  }

  toggleRecording(): void {
    if (this.recorder.recording) this.recorder.stop();
    else void this.recorder.start();
  }

  private sendWith(operation: string, send: MediaSend): Promise<void> {
    return sendMedia(this.host, { core: this.core, id: this.id }, operation, send);
  }
}
