// Small helpers for the stories' play functions: they reach into an element's shadow root the
// way a user would, by typing into inputs and pressing buttons, so a story can show the state an
// action leads to (e.g. the error a server answers).

const WAIT_MS = 15_000;

/** Resolves with what `find` returns once it is not null, polling each frame (up to 15 s). */
export async function waitFor<T>(find: () => T | null | undefined, what: string): Promise<T> {
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const found = find();
    if (found !== null && found !== undefined) return found;
    if (Date.now() > until) throw new Error(`play: ${what} did not appear within 15 s`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** An element in the shadow root of the first `tag` in the story. */
export function part<T extends Element = HTMLElement>(
  canvas: HTMLElement,
  tag: string,
  selector: string,
): Promise<T> {
  return waitFor(
    () => canvas.querySelector(tag)?.shadowRoot?.querySelector<T>(selector),
    `${tag} ${selector}`,
  );
}

/** Types `value` into an input as a user would: the element hears the input event. */
export async function typeInto(
  canvas: HTMLElement,
  tag: string,
  selector: string,
  value: string,
): Promise<void> {
  const input = await part<HTMLInputElement>(canvas, tag, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Presses a button once it is enabled. */
export async function press(canvas: HTMLElement, tag: string, selector: string): Promise<void> {
  const button = await part<HTMLButtonElement>(canvas, tag, selector);
  await waitFor(() => (button.disabled ? null : button), `${tag} ${selector} enabled`);
  button.click();
}
