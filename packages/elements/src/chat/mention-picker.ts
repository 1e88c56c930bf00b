import { html, nothing, type TemplateResult } from 'lit';
import type { TimMentionTarget } from '@tim-kit/headless';
import { mentionStrings, type TimMentionStrings } from '../internal/locales/mentions.js';
import type { TimLang } from '../internal/i18n.js';

/** One entry of the picker: a member, or everyone (`userID` null). */
export interface MentionCandidate {
  userID: string | null;
  name: string;
}

/** What the picker reads from the chat: the group's members and the user's role in it. */
export interface MentionSource {
  readonly lang: TimLang;
  /** Members other than the user; empty outside groups. */
  members(): readonly MentionCandidate[];
  /** Owners and admins may mention everyone. */
  canMentionAll(): boolean;
  /** Called as the picker opens: a big group pages in more members (requestUpdate follows). */
  loadMembers(): void;
  /** Writes the new text and puts the caret at `caret`. */
  replaceText(text: string, caret: number): void;
  requestUpdate(): void;
}

/** How many entries the listbox shows at most; typing narrows it. */
const MAX_SHOWN = 8;
export const MENTION_LIST_ID = 'mention-list';

/**
 * The composer's @-mention picker. Typing "@" (at the start or after a space) in a group opens a
 * listbox of members filtered by what follows; ArrowUp/ArrowDown move, Enter or Tab inserts
 * "@Name ", Escape closes. Picked members become the send's `mentions` while their "@Name" is
 * still in the text.
 */
export class MentionPicker {
  /** Index of the "@" in the text while the picker is open, else -1. */
  private at = -1;
  private query = '';
  active = 0;
  private picked: MentionCandidate[] = [];

  constructor(private readonly source: MentionSource) {}

  get open(): boolean {
    return this.at >= 0 && this.candidates().length > 0;
  }

  private words(): TimMentionStrings {
    return mentionStrings(this.source.lang);
  }

  /** The entries matching what was typed after "@": everyone first (when allowed), then members. */
  candidates(): MentionCandidate[] {
    const q = this.query.toLowerCase();
    const everyone: MentionCandidate[] = this.source.canMentionAll()
      ? [{ userID: null, name: this.words().everyone }]
      : [];
    const matches = [...everyone, ...this.source.members()].filter(
      (c) =>
        q === '' || c.name.toLowerCase().includes(q) || (c.userID ?? '').toLowerCase().includes(q),
    );
    return matches.slice(0, MAX_SHOWN);
  }

  /**
   * Follows the text and caret (typing, or moving the caret by click or key): opens on "@word"
   * right before the caret, closes otherwise. It stays armed while no member matches yet, so
   * members paged in later (big groups) still open it.
   */
  onInput(text: string, caret: number): void {
    const before = text.slice(0, caret);
    const match = /(^|\s)@([^\s@]*)$/.exec(before);
    const wasOpen = this.open;
    if (match) {
      const at = caret - (match[2]?.length ?? 0) - 1;
      if (this.at !== at) this.source.loadMembers();
      this.at = at;
      if (this.query !== match[2]) this.active = 0;
      this.query = match[2] ?? '';
    } else {
      this.at = -1;
      this.query = '';
    }
    if (wasOpen || this.open) this.source.requestUpdate();
  }

  close(): void {
    if (this.at < 0) return;
    this.at = -1;
    this.query = '';
    this.source.requestUpdate();
  }

  /** Handles the picker's keys while it is open; true when the key was used. */
  onKeyDown(event: KeyboardEvent, text: string): boolean {
    if (!this.open || event.isComposing) return false;
    const count = this.candidates().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + count) % count;
    } else if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Tab') {
      this.pick(this.active, text);
    } else if (event.key === 'Escape') {
      this.close();
    } else return false;
    event.preventDefault();
    event.stopPropagation();
    this.source.requestUpdate();
    return true;
  }

  /** Replaces "@query" with "@Name " and remembers whom it names. */
  pick(index: number, text: string): void {
    const candidate = this.candidates()[index];
    if (!candidate || this.at < 0) return;
    const insert = `@${candidate.name} `;
    const end = this.at + 1 + this.query.length;
    const next = text.slice(0, this.at) + insert + text.slice(end);
    const caret = this.at + insert.length;
    if (!this.picked.some((p) => p.userID === candidate.userID)) this.picked.push(candidate);
    this.at = -1;
    this.query = '';
    this.source.replaceText(next, caret);
  }

  /** The mentions of `text`: picked entries whose "@Name" is still in it. Clears the picks. */
  takeMentions(text: string): TimMentionTarget | undefined {
    const kept = this.picked.filter((p) => text.includes(`@${p.name}`));
    this.picked = [];
    const userIDs = kept.flatMap((p) => (p.userID === null ? [] : [p.userID]));
    const all = kept.some((p) => p.userID === null);
    return userIDs.length > 0 || all ? { userIDs, all } : undefined;
  }

  /** Forgets picks and closes (another conversation). */
  reset(): void {
    this.picked = [];
    this.at = -1;
    this.query = '';
  }

  /** The id of the highlighted option, for the textarea's aria-activedescendant. */
  get activeDescendant(): string | undefined {
    return this.open ? `mention-option-${this.active}` : undefined;
  }

  render(onPick: (index: number) => void): TemplateResult | typeof nothing {
    if (!this.open) return nothing;
    const items = this.candidates();
    if (this.active >= items.length) this.active = 0;
    return html`<ul
      part="mention-picker"
      class="mention-picker"
      id=${MENTION_LIST_ID}
      role="listbox"
      aria-label=${this.words().picker}
    >
      ${items.map(
        (c, i) =>
          html`<li
            id=${`mention-option-${i}`}
            role="option"
            part="mention-option"
            class=${i === this.active ? 'mention-option active' : 'mention-option'}
            aria-selected=${i === this.active ? 'true' : 'false'}
            data-user-id=${c.userID ?? '@all'}
            @mousedown=${(e: MouseEvent) => {
              // Keep the focus (and caret) in the textarea.
              e.preventDefault();
              onPick(i);
            }}
          >
            @${c.name}${c.userID && c.userID !== c.name ? html` <span class="mention-id">${c.userID}</span>` : nothing}
          </li>`,
      )}
    </ul>`;
  }
}
