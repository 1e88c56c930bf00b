import { html, nothing, type TemplateResult } from 'lit';
import { icon, type IconName } from '../internal/icons.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TimStrings } from '../internal/i18n.js';
import { ACCEPT, type AttachmentKind } from './attachments.js';
import { renderEmojiPicker } from './emoji-picker.js';
import { renderLocationForm } from './location-form.js';
import { VoiceRecorder } from './voice-recorder.js';
import { MENTION_LIST_ID, type MentionPicker } from './mention-picker.js';

/** Keys that move the caret without typing (their keyup lets the mention picker follow). */
const CARET_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/** What the composer needs from the chat that hosts it. */
export interface ComposerHost {
  t: TimStrings;
  draft: string;
  canSend: boolean;
  quote: { sender: string; text: string } | null;
  emojiOpen: boolean;
  locationOpen: boolean;
  locationInvalid: boolean;
  recorder: VoiceRecorder;
  onInput(value: string): void;
  /** Text input that may open the @-mention picker (groups). */
  onTextInput(input: HTMLTextAreaElement): void;
  mentions: MentionPicker;
  /** The caret moved without typing; the mention picker follows it. */
  onCaretMove(input: HTMLTextAreaElement): void;
  onKeyDown(event: KeyboardEvent): void;
  onPaste(event: ClipboardEvent): void;
  onSubmit(event: SubmitEvent): void;
  cancelQuote(): void;
  toggleEmoji(): void;
  insertEmoji(emoji: string): void;
  closeEmoji(): void;
  pickFiles(kind: AttachmentKind, files: File[]): void;
  toggleLocation(): void;
  submitLocation(event: SubmitEvent): void;
  toggleRecording(): void;
}

function attachButton(host: ComposerHost, kind: AttachmentKind, label: string, glyph: IconName) {
  const pick = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    input.value = ''; // the same file may be picked again
    if (files.length > 0) host.pickFiles(kind, files);
  };
  // A label wraps the hidden input, so the keyboard reaches it as one control.
  return html`<label class="tool" title=${label}>
    <input
      type="file"
      class="file-input"
      data-kind=${kind}
      accept=${ifDefined(ACCEPT[kind] || undefined)}
      aria-label=${label}
      ?multiple=${kind !== 'video'}
      @change=${pick}
    />${icon(glyph)}
  </label>`;
}

function renderToolbar(host: ComposerHost): TemplateResult {
  const t = host.t;
  const rec = host.recorder;
  return html`<div part="toolbar" class="toolbar" role="toolbar" aria-label=${t.inputLabel}>
    <button
      type="button"
      part="emoji-button"
      class="tool"
      aria-label=${t.emoji}
      aria-expanded=${host.emojiOpen ? 'true' : 'false'}
      data-tool="emoji"
      @click=${() => host.toggleEmoji()}
    >
      ${icon('smile')}
    </button>
    ${attachButton(host, 'image', t.attachImage, 'image')}
    ${attachButton(host, 'video', t.attachVideo, 'video')}
    ${attachButton(host, 'file', t.attachFile, 'paperclip')}
    ${
      VoiceRecorder.supported
        ? html`<button
            type="button"
            class=${rec.recording ? 'tool recording' : 'tool'}
            aria-label=${rec.recording ? t.stopRecording : t.recordVoice}
            aria-pressed=${rec.recording ? 'true' : 'false'}
            data-tool="voice"
            @click=${() => host.toggleRecording()}
          >
            ${icon(rec.recording ? 'stop' : 'mic')}
          </button>`
        : nothing
    }
    <button
      type="button"
      class="tool"
      aria-label=${t.sendLocation}
      aria-expanded=${host.locationOpen ? 'true' : 'false'}
      data-tool="location"
      @click=${() => host.toggleLocation()}
    >
      ${icon('location')}
    </button>
    ${
      rec.recording
        ? html`<span class="recording-time" role="status">${t.recording(rec.seconds)}</span>`
        : nothing
    }
  </div>`;
}

/** Toolbar, emoji grid, location form, quote preview, textarea and Send button. */
export function renderComposer(host: ComposerHost): TemplateResult {
  const t = host.t;
  return html`${renderToolbar(host)}
    ${
      host.emojiOpen
        ? renderEmojiPicker(
            t,
            (e) => host.insertEmoji(e),
            () => host.closeEmoji(),
          )
        : nothing
    }
    ${
      host.locationOpen
        ? renderLocationForm(
            t,
            host.locationInvalid,
            (e) => host.submitLocation(e),
            () => host.toggleLocation(),
          )
        : nothing
    }
    ${
      host.quote
        ? html`<div part="quote-preview" class="quote-preview">
            <span class="quote-body">
              <strong>${t.replyingTo(host.quote.sender)}</strong>
              <span class="quote-text">${host.quote.text}</span>
            </span>
            <button
              type="button"
              class="dismiss-quote"
              aria-label=${t.cancelReply}
              @click=${() => host.cancelQuote()}
            >
              ${icon('close', 16)}
            </button>
          </div>`
        : nothing
    }
    ${host.mentions.render((i) => host.mentions.pick(i, host.draft))}
    <form class="composer" @submit=${(e: SubmitEvent) => host.onSubmit(e)}>
      <textarea
        part="input"
        rows="2"
        aria-label=${t.inputLabel}
        placeholder=${t.inputPlaceholder}
        aria-autocomplete=${ifDefined(host.mentions.open ? 'list' : undefined)}
        aria-controls=${ifDefined(host.mentions.open ? MENTION_LIST_ID : undefined)}
        aria-activedescendant=${ifDefined(host.mentions.activeDescendant)}
        .value=${host.draft}
        @input=${(e: InputEvent) => host.onTextInput(e.target as HTMLTextAreaElement)}
        @blur=${() => host.mentions.close()}
        @keydown=${(e: KeyboardEvent) => host.onKeyDown(e)}
        @keyup=${(e: KeyboardEvent) => {
          if (CARET_KEYS.has(e.key)) host.onCaretMove(e.target as HTMLTextAreaElement);
        }}
        @click=${(e: MouseEvent) => host.onCaretMove(e.target as HTMLTextAreaElement)}
        @paste=${(e: ClipboardEvent) => host.onPaste(e)}
      ></textarea>
      <button part="send-button" class="send" type="submit" ?disabled=${!host.canSend}>
        ${t.send}
      </button>
    </form>`;
}
