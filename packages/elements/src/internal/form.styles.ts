import { css } from 'lit';
import { controlBasics } from '../themes/controls.styles.js';

/** Sections, fields, buttons, notices and modal dialogs shared by the group elements. */
export const formStyles = css`
  ${controlBasics}
  .section {
    display: flex;
    flex-direction: column;
    gap: var(--tim-spacing);
    padding: calc(var(--tim-spacing) * 1.5);
    border-bottom: 1px solid var(--tim-color-border);
  }
  .field label,
  legend {
    font-weight: 500;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--tim-spacing);
    min-width: 0;
  }
  input[type='text'],
  input[type='url'],
  textarea,
  select {
    font: inherit;
    color: var(--tim-color-text);
    background: var(--tim-color-background);
    border: 1px solid var(--tim-color-border);
    border-radius: calc(var(--tim-radius) / 2);
    padding: 6px 8px;
    min-width: 0;
  }
  textarea {
    resize: vertical;
    min-height: 3.5em;
  }
  [aria-invalid='true'] {
    border-color: var(--tim-color-danger);
  }
  :disabled {
    cursor: not-allowed;
  }
  .counter {
    color: var(--tim-color-text-secondary);
    font-size: var(--tim-font-size-small);
  }
  .counter.over {
    color: var(--tim-color-danger);
    font-size: var(--tim-font-size-small);
  }
  .reason {
    color: var(--tim-color-text-secondary);
    font-size: var(--tim-font-size-small);
    font-style: italic;
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--tim-spacing);
  }
  .row-actions,
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--tim-spacing);
    align-items: center;
  }
  .dialog-actions {
    justify-content: flex-end;
  }
  .button {
    font: inherit;
    cursor: pointer;
    padding: 6px 12px;
    border-radius: calc(var(--tim-radius) / 2);
    border: 1px solid var(--tim-color-border);
    background: var(--tim-color-surface);
    color: var(--tim-color-text);
  }
  .button:hover:not(:disabled) {
    background: var(--tim-color-surface-hover);
  }
  .button.primary {
    background: var(--tim-color-primary);
    border-color: var(--tim-color-primary);
    color: var(--tim-color-on-primary);
  }
  .button.danger {
    color: var(--tim-color-danger);
    border-color: var(--tim-color-danger);
    background: var(--tim-color-background);
  }
  .button:disabled {
    opacity: 0.6;
  }
  .notice {
    margin: 0;
    padding: var(--tim-spacing);
    border-radius: calc(var(--tim-radius) / 2);
    background: var(--tim-color-surface);
  }
  /* Notices bind .textContent, so an empty one has no whitespace text and matches :empty. */
  .notice:empty {
    display: none;
  }
  .notice.error {
    background: var(--tim-color-danger-surface);
    color: var(--tim-color-text);
  }
  .dialog {
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius);
    background: var(--tim-color-background);
    color: var(--tim-color-text);
    padding: calc(var(--tim-spacing) * 2);
    max-width: min(420px, 92vw);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 45%);
  }
`;
