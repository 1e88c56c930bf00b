import { css } from 'lit';

/** The "N read" button of own group messages and the dialog listing who read them. */
export default css`
  .receipt-button {
    padding: 0;
    border: none;
    background: none;
    font: inherit;
    text-decoration: underline dotted;
    cursor: pointer;
  }
  .receipts-dialog {
    min-width: min(20em, 90vw);
    max-width: 92vw;
    max-height: 80vh;
    padding: calc(var(--tim-spacing) * 2);
    border: none;
    border-radius: var(--tim-radius);
    background: var(--tim-color-background);
    color: var(--tim-color-text);
  }
  .receipts-dialog::backdrop {
    background: rgb(0 0 0 / 50%);
  }
  .receipts-dialog h2 {
    margin: 0 0 var(--tim-spacing);
    font-size: 1.1em;
  }
  .receipts-dialog h3 {
    margin: var(--tim-spacing) 0 4px;
    font-size: 1em;
  }
  .receipt-members {
    margin: 0 0 var(--tim-spacing);
    padding-left: 1.2em;
  }
  .receipt-members .hint {
    color: var(--tim-color-text-secondary);
  }
`;
