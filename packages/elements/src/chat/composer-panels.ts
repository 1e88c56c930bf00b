import type { TimLocation } from '@tim-kit/headless';
import type { TimChat } from './chat.component.js';
import { readLocation } from './location-form.js';

/**
 * The composer's two pop-up panels: the emoji grid and the location form. Opening one moves
 * focus into it; closing the emoji grid gives focus back to its button.
 */
export class ComposerPanels {
  emojiOpen = false;
  locationOpen = false;
  locationInvalid = false;

  constructor(private readonly host: TimChat) {}

  /** A conversation opened: both panels start closed. */
  closeAll(): void {
    this.emojiOpen = false;
    this.locationOpen = false;
  }

  toggleEmoji(): void {
    this.emojiOpen = !this.emojiOpen;
    this.host.requestUpdate();
    if (this.emojiOpen) this.focusAfterUpdate('.emoji-picker button');
  }

  closeEmoji(): void {
    this.emojiOpen = false;
    this.host.requestUpdate();
    this.focusAfterUpdate('[data-tool="emoji"]');
  }

  toggleLocation(): void {
    this.locationOpen = !this.locationOpen;
    this.locationInvalid = false;
    this.host.requestUpdate();
    if (this.locationOpen) this.focusAfterUpdate('.location-form input');
  }

  /** The form's location (the form closes), or null when it is invalid (the form says so). */
  submitLocation(event: SubmitEvent): TimLocation | null {
    event.preventDefault();
    const location = readLocation(event.currentTarget as HTMLFormElement);
    if (location) this.locationOpen = false;
    else this.locationInvalid = true;
    this.host.requestUpdate();
    return location;
  }

  private focusAfterUpdate(selector: string): void {
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    );
  }
}
