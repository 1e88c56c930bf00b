// Keyboard behaviour shared by every popup menu (role="menu" with role="menuitem" buttons):
// arrows move, Home/End jump, Escape and Tab close, and the opener gets the focus back.

function items(menu: HTMLElement): HTMLElement[] {
  return Array.from(menu.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])'));
}

/** Focuses the first item of a menu that has just been rendered. */
export function focusFirstItem(menu: HTMLElement | null | undefined): void {
  if (menu) items(menu)[0]?.focus();
}

/**
 * Handles a keydown inside a menu. `close(restoreFocus)` is called for Escape (focus goes back
 * to the opener) and Tab (focus moves on naturally).
 */
export function onMenuKeyDown(event: KeyboardEvent, close: (restoreFocus: boolean) => void): void {
  const menu = event.currentTarget as HTMLElement;
  const list = items(menu);
  const root = menu.getRootNode() as Document | ShadowRoot;
  const current = list.indexOf(root.activeElement as HTMLElement);
  let next = -1;
  switch (event.key) {
    case 'ArrowDown':
      next = (current + 1) % list.length;
      break;
    case 'ArrowUp':
      next = (current - 1 + list.length) % list.length;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = list.length - 1;
      break;
    case 'Escape':
      event.preventDefault();
      event.stopPropagation();
      close(true);
      return;
    case 'Tab':
      close(false);
      return;
    default:
      return;
  }
  event.preventDefault();
  list[next]?.focus();
}
