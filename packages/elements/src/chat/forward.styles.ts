import { css } from 'lit';

/** The "Forward to" dialog, the merged-message dialog and the clickable merged bubble. */
export default css`
  .forward-dialog,
  .merged-dialog {
    width: min(24em, 92vw);
    max-height: 80vh;
    padding: calc(var(--tim-spacing) * 2);
    border: none;
    border-radius: var(--tim-radius);
    background: var(--tim-color-background);
    color: var(--tim-color-text);
  }
  .forward-dialog::backdrop,
  .merged-dialog::backdrop {
    background: rgb(0 0 0 / 50%);
  }
  .forward-dialog h2,
  .merged-dialog h2 {
    margin: 0 0 var(--tim-spacing);
    font-size: 1.1em;
  }
  .forward-filter {
    box-sizing: border-box;
    width: 100%;
    padding: 6px 8px;
    font: inherit;
    color: var(--tim-color-text);
    background: var(--tim-color-background);
    border: 1px solid var(--tim-color-border);
    border-radius: calc(var(--tim-radius) / 2);
  }
  .forward-targets,
  .forward-mode {
    margin: var(--tim-spacing) 0 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .forward-targets legend,
  .forward-mode legend {
    font-weight: 500;
    padding: 0;
  }
  .forward-list {
    max-height: 14em;
    overflow-y: auto;
    margin: 4px 0 0;
    padding: 0;
    list-style: none;
  }
  .forward-target,
  .forward-mode-option {
    display: flex;
    align-items: center;
    gap: var(--tim-spacing);
    padding: 4px 0;
    cursor: pointer;
  }
  .forward-mode {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--tim-spacing) * 2);
  }
  .forward-mode legend {
    width: 100%;
  }
  .forward-empty {
    color: var(--tim-color-text-secondary);
  }
  .forward-problem {
    margin: var(--tim-spacing) 0 0;
    color: var(--tim-color-danger);
  }
  .forward-problem:empty {
    display: none;
  }
  .forward-actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--tim-spacing);
    margin-top: calc(var(--tim-spacing) * 2);
  }
  .forward-status {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .merged-items {
    margin: 0 0 var(--tim-spacing);
    padding: 0;
    list-style: none;
    overflow-y: auto;
    max-height: 60vh;
  }
  .merged-item {
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding: 6px 0;
    border-bottom: 1px solid var(--tim-color-border);
  }
  .merged-meta {
    display: flex;
    gap: var(--tim-spacing);
    color: var(--tim-color-text-secondary);
    font-size: 0.85em;
  }
  .merged-text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .merger-button {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    padding: 0;
    border: none;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
`;
