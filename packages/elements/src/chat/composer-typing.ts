import type { TimCore } from '@tim-kit/headless';

/**
 * Tells a C2C peer whether the user is typing. The core throttles the "typing" signals, so this
 * reports every input; it only says "stopped" to a conversation it said "typing" to.
 */
export class ComposerTyping {
  private told: { core: TimCore; id: string } | null = null;

  /** The input changed to `text` in conversation `id`. */
  input(core: TimCore | undefined, id: string | null, text: string): void {
    if (!core || !id?.startsWith('C2C')) return;
    if (text === '') {
      this.stop();
      return;
    }
    if (this.told && (this.told.core !== core || this.told.id !== id)) this.stop();
    this.told = { core, id };
    this.signal(core, id, true);
  }

  /** Sent, emptied, or left for another conversation. */
  stop(): void {
    const told = this.told;
    this.told = null;
    if (told) this.signal(told.core, told.id, false);
  }

  private signal(core: TimCore, id: string, typing: boolean): void {
    // Best effort: a lost signal only leaves a stale "typing…" that expires on the peer's side,
    // so failures (offline, logged out, blocked) are not worth an error on every keystroke.
    core.messages.setTyping(id, typing).catch(() => {});
  }
}
