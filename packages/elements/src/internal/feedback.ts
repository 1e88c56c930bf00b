// The alert and status regions every relationship element has: failures in words (also emitted
// as `tim-error`), successes as a polite status. One controller per element keeps them alike.
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { TimCoreElement } from './core-element.js';
import { errorText } from './i18n.js';
import { emit, toErrorDetail, type TimErrorDetail } from '../events/events.js';

export class FeedbackController implements ReactiveController {
  error: TimErrorDetail | null = null;
  notice = '';

  constructor(private readonly host: TimCoreElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Shows a failure in words and emits `tim-error`. */
  fail(error: unknown, operation: string): void {
    const detail = toErrorDetail(error, operation);
    this.error = detail;
    this.notice = '';
    emit(this.host, 'tim-error', detail);
    this.host.requestUpdate();
  }

  /** Shows a success sentence (or clears both regions with ''). */
  say(notice: string): void {
    this.notice = notice;
    this.error = null;
    this.host.requestUpdate();
  }

  /** Runs an action, reporting a rejection as a failure; resolves false when it failed. */
  async run(operation: string, action: () => Promise<unknown>): Promise<boolean> {
    this.say('');
    try {
      await action();
      return true;
    } catch (error) {
      this.fail(error, operation);
      return false;
    }
  }

  /** The regions; both stay in the page so screen readers announce what fills them. */
  render(): TemplateResult {
    const host = this.host;
    const error = this.error;
    return html`<div part="error" class=${error ? 'error shown' : 'error'} role="alert">
        ${
          error
            ? html`<span>${errorText(host.timLang, error.code, error.message)}</span>
                <button
                  type="button"
                  class="link"
                  @click=${() => {
                    this.error = null;
                    host.requestUpdate();
                  }}
                >
                  ${host.t.dismiss}
                </button>`
            : nothing
        }
      </div>
      <div part="notice" class=${this.notice ? 'notice shown' : 'notice'} role="status">
        ${this.notice}
      </div>`;
  }
}
