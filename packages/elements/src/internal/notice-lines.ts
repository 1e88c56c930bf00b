// The two notice lines of the group elements: a polite status for successes and an alert for
// failures. Both stay in the page so screen readers announce what fills them; the words go in
// as textContent, so an empty line has no whitespace text and `.notice:empty` hides it.
import { html, type TemplateResult } from 'lit';

export interface Notice {
  text: string;
  error: boolean;
}

/** `alert` is shown in the alert line when there is no failure notice (e.g. a load failure). */
export function renderNoticeLines(notice: Notice | null, alert = ''): TemplateResult {
  return html`<p
      part="notice"
      class="notice"
      role="status"
      .textContent=${notice && !notice.error ? notice.text : ''}
    ></p>
    <p
      part="notice"
      class="notice error"
      role="alert"
      .textContent=${notice?.error ? notice.text : alert}
    ></p>`;
}
