import { html, type TemplateResult } from 'lit';
import type { TimStrings } from '../internal/i18n.js';

/** A small built-in set; emoji are sent as text, so any app and SDK shows them. */
export const EMOJI = [
  '😀',
  '😂',
  '😊',
  '😍',
  '😘',
  '😎',
  '🤔',
  '😅',
  '😭',
  '😡',
  '😴',
  '🤗',
  '👍',
  '👎',
  '👏',
  '🙏',
  '💪',
  '👋',
  '🎉',
  '❤️',
  '💔',
  '🔥',
  '✨',
  '🌹',
  '☕',
  '🍺',
  '🎂',
  '⚽',
  '✅',
  '❌',
  '❓',
  '💯',
];

/**
 * The emoji grid: a dialog of buttons. Arrow keys move between them, Escape closes it and the
 * focus returns to the emoji button (handled by the chat).
 */
export function renderEmojiPicker(
  t: TimStrings,
  onPick: (emoji: string) => void,
  onClose: () => void,
): TemplateResult {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: 8, ArrowUp: -8 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const buttons = Array.from((event.currentTarget as HTMLElement).querySelectorAll('button'));
    const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
    const index = buttons.indexOf(root.activeElement as HTMLButtonElement);
    buttons[Math.max(0, Math.min(buttons.length - 1, index + step))]?.focus();
  };
  return html`<div
    part="emoji-picker"
    class="emoji-picker"
    role="dialog"
    aria-label=${t.emoji}
    @keydown=${onKeyDown}
  >
    ${EMOJI.map(
      (e) =>
        html`<button type="button" class="emoji" aria-label=${e} @click=${() => onPick(e)}>
          ${e}
        </button>`,
    )}
  </div>`;
}
