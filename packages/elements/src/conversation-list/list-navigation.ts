// The listbox's keyboard and pointer plumbing, apart from the element: which row an event came
// from, what a key asks for (the WAI-ARIA listbox keys plus the menu and Delete keys), and
// focusing a row that the virtualizer may not have rendered yet.
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';

/** The `data-index` of the row an event came from, or -1 (the search stops at the list). */
export function rowIndexOf(event: Event, list: HTMLElement | undefined): number {
  for (const node of event.composedPath()) {
    if (node instanceof HTMLElement && node.dataset.index !== undefined) {
      return Number(node.dataset.index);
    }
    if (node === list) break;
  }
  return -1;
}

export type ListKeyAction =
  { kind: 'move'; index: number } | { kind: 'select' } | { kind: 'menu' } | { kind: 'delete' };

/** What a key pressed in the list asks for, from the row at `current` of `count`; null: not ours. */
export function listKeyAction(
  event: KeyboardEvent,
  current: number,
  count: number,
): ListKeyAction | null {
  switch (event.key) {
    case 'ArrowDown':
      return { kind: 'move', index: Math.min(count - 1, current + 1) };
    case 'ArrowUp':
      return { kind: 'move', index: Math.max(0, current - 1) };
    case 'Home':
      return { kind: 'move', index: 0 };
    case 'End':
      return { kind: 'move', index: count - 1 };
    case 'Enter':
    case ' ':
      return { kind: 'select' };
    case 'ContextMenu':
      return { kind: 'menu' };
    case 'F10':
      return event.shiftKey ? { kind: 'menu' } : null;
    case 'Delete':
      return { kind: 'delete' };
    default:
      return null;
  }
}

/** Focuses the row at `index`, first scrolling the virtualizer to it when it is not rendered. */
export async function focusRow(
  list: HTMLElement | undefined,
  index: number,
  optionFor: () => HTMLElement | null,
): Promise<void> {
  let option = optionFor();
  if (!option) {
    const virtualizer = (list as VirtualizerHostElement | undefined)?.[virtualizerRef];
    virtualizer?.element(index)?.scrollIntoView({ block: 'nearest' });
    await virtualizer?.layoutComplete;
    option = optionFor();
  }
  option?.focus();
}
