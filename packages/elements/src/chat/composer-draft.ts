import type { TimCore } from '@tim-kit/headless';

/** How long typing pauses before the draft is saved to the core (shown in the list). */
const DRAFT_SAVE_MS = 400;

/**
 * The composer's unsent text, kept per conversation as the core's draft: loaded when a
 * conversation opens, saved after a pause in typing, when leaving the conversation and when the
 * chat leaves the page.
 */
export class ComposerDraft {
  text = '';
  private core: TimCore | undefined;
  private id: string | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  /** Another conversation: save this one's draft, load the next one's. */
  open(core: TimCore | undefined, id: string | null): void {
    this.save();
    this.core = core;
    this.id = id;
    this.text = core && id ? core.conversations.getDraft(id) : '';
  }

  /** The user typed: the draft is saved once typing pauses. */
  edit(text: string): void {
    this.text = text;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.save(), DRAFT_SAVE_MS);
  }

  /** Saves now (unless the core already has this text). */
  save(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const { core, id, text } = this;
    if (!core || !id || core.conversations.getDraft(id) === text) return;
    core.conversations.setDraft(id, text).catch(() => undefined);
  }
}
