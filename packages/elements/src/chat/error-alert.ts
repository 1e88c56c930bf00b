import { html, nothing, type TemplateResult } from 'lit';
import type { TimErrorDetail } from '../events/events.js';
import { errorText, type TimLang, type TimStrings } from '../internal/i18n.js';

/**
 * The alert region for the last error, in words of the chat's language, with a Dismiss button.
 * It stays in the page when empty so screen readers announce an error the moment it appears.
 */
export function renderErrorAlert(
  error: TimErrorDetail | null,
  lang: TimLang,
  t: TimStrings,
  onDismiss: () => void,
): TemplateResult {
  return html`<div part="error" class=${error ? 'error shown' : 'error'} role="alert">
    ${
      error
        ? html`<span>${errorText(lang, error.code, error.message)}</span>
            <button type="button" class="dismiss" @click=${onDismiss}>${t.dismiss}</button>`
        : nothing
    }
  </div>`;
}
