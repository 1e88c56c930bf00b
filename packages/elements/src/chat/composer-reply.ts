import type { ReactiveControllerHost } from 'lit';
import type { TimMessage, TimSendOptions } from '@tim-kit/headless';
import { quoteData } from './quote.js';

/** What the quote above the input shows. */
export interface QuotePreview {
  sender: string;
  text: string;
}

/**
 * The message the composer replies to: shown above the input until the next send carries it
 * (once) or the user cancels it.
 */
export class ComposerReply {
  preview: QuotePreview | null = null;
  private quoted: TimMessage | null = null;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Replies to `message`, sent by `sender` (the user's own messages say "You"). */
  start(message: TimMessage, sender: string): void {
    this.quoted = message;
    this.preview = { sender, text: message.text };
    this.host.requestUpdate();
  }

  cancel(): void {
    this.clear();
    this.host.requestUpdate();
  }

  /** Another conversation: the quote does not follow (the chat re-renders anyway). */
  clear(): void {
    this.quoted = null;
    this.preview = null;
  }

  /** The options of the next send: the quote, once. */
  takeOptions(): TimSendOptions | undefined {
    const quoted = this.quoted;
    const preview = this.preview;
    if (!quoted || !preview) return undefined;
    this.cancel();
    return { cloudCustomData: quoteData(quoted, preview.sender) };
  }
}
