import { css } from 'lit';

/**
 * What every element with forms shares: the host's surface, a column `.base`, headings, fields
 * and the focus ring. `controls` (relationship elements) and `formStyles` (group elements) build
 * on it.
 */
export const controlBasics = css`
  :host {
    display: block;
    background: var(--tim-color-background);
    color: var(--tim-color-text);
  }
  .base {
    display: flex;
    flex-direction: column;
  }
  h2,
  h3 {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .hint {
    color: var(--tim-color-text-secondary);
    font-size: var(--tim-font-size-small);
  }
  .field-error {
    color: var(--tim-color-danger);
    font-size: var(--tim-font-size-small);
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  [tabindex]:focus-visible {
    outline: var(--tim-focus-ring);
    outline-offset: 1px;
  }
`;

/**
 * Buttons, form fields, feedback regions and section lists shared by the
 * relationship elements (friend requests, contacts, blacklist, profile, notification settings).
 */
export const controls = css`
  ${controlBasics}
  .base {
    gap: calc(var(--tim-spacing) * 1.5);
    padding: calc(var(--tim-spacing) * 2);
    min-height: 0;
  }
  h2 {
    font-size: 1.15em;
  }
  .header {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: var(--tim-spacing);
  }
  .header h2 {
    flex: 1 1 auto;
  }
  button {
    font: inherit;
    cursor: pointer;
    padding: 4px 12px;
    min-height: 32px;
    border-radius: var(--tim-radius);
    border: 1px solid var(--tim-color-border);
    background: var(--tim-color-surface);
    color: var(--tim-color-text);
  }
  button:hover:not(:disabled) {
    background: var(--tim-color-surface-hover);
  }
  button.primary {
    border-color: var(--tim-color-primary);
    background: var(--tim-color-primary);
    color: var(--tim-color-on-primary);
    font-weight: 600;
  }
  button.danger {
    border-color: var(--tim-color-danger);
    background: transparent;
    color: var(--tim-color-danger);
  }
  button.link {
    border: none;
    background: transparent;
    color: inherit;
    text-decoration: underline;
    padding: 2px 4px;
    min-height: 0;
  }
  button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  input,
  select,
  textarea {
    font: inherit;
    min-height: 32px;
    padding: 4px 8px;
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius);
    background: var(--tim-color-background);
    color: var(--tim-color-text);
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--tim-color-danger);
  }
  form,
  .form {
    display: flex;
    flex-direction: column;
    gap: var(--tim-spacing);
  }
  .field label {
    font-size: var(--tim-font-size-small);
    font-weight: 600;
  }
  .row {
    display: flex;
    /* A form.row is a row too: without this it keeps the column of \`form\` above. */
    flex-direction: row;
    align-items: center;
    flex-wrap: wrap;
    gap: var(--tim-spacing);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--tim-spacing);
  }
  .count {
    display: inline-block;
    min-width: 20px;
    padding: 0 6px;
    border-radius: 10px;
    /* Visible text (not a decorative dot), so it uses a pair that keeps 4.5:1 in both themes. */
    background: var(--tim-color-danger-surface);
    color: var(--tim-color-danger);
    font-size: var(--tim-font-size-small);
    font-weight: 600;
    line-height: 20px;
    text-align: center;
  }
  .secondary {
    color: var(--tim-color-text-secondary);
    font-size: var(--tim-font-size-small);
  }
  ul.items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
  }
  .item {
    display: flex;
    align-items: center;
    gap: calc(var(--tim-spacing) * 1.5);
    padding: var(--tim-spacing) 0;
    border-bottom: 1px solid var(--tim-color-border);
  }
  .item .main {
    flex: 1 1 auto;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .empty {
    padding: calc(var(--tim-spacing) * 2) 0;
    color: var(--tim-color-text-secondary);
    text-align: center;
  }
  /* The feedback regions stay in the page (so they are announced when filled) but take no room. */
  .error:not(.shown),
  .notice:not(.shown) {
    display: block;
    height: 0;
    overflow: hidden;
  }
  .error.shown,
  .notice.shown {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--tim-spacing);
    padding: var(--tim-spacing);
    border-radius: var(--tim-radius);
  }
  .error.shown {
    background: var(--tim-color-danger-surface);
    color: var(--tim-color-danger);
  }
  .notice.shown {
    background: var(--tim-color-surface-selected);
    color: var(--tim-color-text);
  }
`;
