import { css } from 'lit';

/** The composer's toolbar, emoji grid, location form, quote preview and drop hint. */
export default css`
  .toolbar {
    flex: none;
    display: flex;
    align-items: center;
    gap: 2px;
    padding: 4px calc(var(--tim-spacing) * 2) 0;
    border-top: 1px solid var(--tim-color-border);
  }
  .toolbar + .composer,
  .toolbar ~ .composer {
    border-top: none;
  }
  .tool {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 34px;
    height: 34px;
    border: none;
    border-radius: var(--tim-radius);
    background: transparent;
    color: var(--tim-color-text);
    font-size: 18px;
    cursor: pointer;
  }
  .tool:hover {
    background: var(--tim-color-surface-hover);
  }
  .tool:focus-within,
  .tool:focus-visible {
    outline: var(--tim-focus-ring);
  }
  .tool.recording {
    color: var(--tim-color-danger);
  }
  .file-input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    opacity: 0;
    cursor: pointer;
  }
  .recording-time {
    margin-left: var(--tim-spacing);
    color: var(--tim-color-danger);
    font-size: var(--tim-font-size-small);
  }
  .emoji-picker {
    display: grid;
    grid-template-columns: repeat(8, 36px);
    gap: 2px;
    margin: 4px calc(var(--tim-spacing) * 2);
    padding: 4px;
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius);
    background: var(--tim-color-background);
  }
  .emoji {
    width: 36px;
    height: 36px;
    border: none;
    background: transparent;
    font-size: 20px;
  }
  .emoji:hover,
  .emoji:focus {
    background: var(--tim-color-surface-hover);
  }
  .location-form {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--tim-spacing);
    margin: 4px calc(var(--tim-spacing) * 2);
  }
  .location-form label {
    display: flex;
    flex-direction: column;
    font-size: var(--tim-font-size-small);
    color: var(--tim-color-text-secondary);
  }
  .location-form input {
    width: 9em;
    padding: 4px 6px;
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius);
    background: var(--tim-color-background);
    color: var(--tim-color-text);
    font: inherit;
  }
  .form-error {
    flex-basis: 100%;
    color: var(--tim-color-danger);
    font-size: var(--tim-font-size-small);
  }
  .form-actions {
    display: flex;
    gap: var(--tim-spacing);
  }
  .quote-preview {
    display: flex;
    align-items: center;
    gap: var(--tim-spacing);
    margin: 4px calc(var(--tim-spacing) * 2) 0;
    padding: 4px 8px;
    border-left: 3px solid var(--tim-color-primary);
    background: var(--tim-color-surface);
    font-size: var(--tim-font-size-small);
  }
  .quote-body {
    flex: 1 1 auto;
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  .quote-preview .quote-text {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    color: var(--tim-color-text-secondary);
  }
  .dismiss-quote {
    border: none;
    background: transparent;
    color: var(--tim-color-text-secondary);
  }
  .dragging::after {
    content: '';
    position: absolute;
    inset: 0;
    border: 2px dashed var(--tim-color-primary);
    border-radius: var(--tim-radius);
    pointer-events: none;
  }
  .drop-hint {
    position: absolute;
    inset: auto 0 40% 0;
    text-align: center;
    color: var(--tim-color-primary);
    font-weight: 600;
    pointer-events: none;
  }
  /* the @-mention picker (mention-picker.ts) */
  .mention-picker {
    list-style: none;
    margin: 0 calc(var(--tim-spacing) * 2);
    padding: 4px 0;
    max-height: 240px;
    overflow-y: auto;
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius);
    background: var(--tim-color-surface);
  }
  .mention-option {
    padding: 6px 12px;
    cursor: pointer;
  }
  .mention-option.active,
  .mention-option:hover {
    background: var(--tim-color-surface-selected);
  }
  .mention-id {
    color: var(--tim-color-text-secondary);
    font-size: 0.85em;
  }
`;
