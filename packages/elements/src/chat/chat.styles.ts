import { css } from 'lit';

export default css`
  :host {
    display: block;
    height: 100%;
    min-height: 0;
    background: var(--tim-color-background);
  }
  .base {
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
    min-height: 0;
  }
  .header {
    flex: none;
    display: flex;
    align-items: center;
    gap: var(--tim-spacing);
    padding: var(--tim-spacing) calc(var(--tim-spacing) * 2);
    border-bottom: 1px solid var(--tim-color-border);
  }
  .titles {
    flex: 1 1 auto;
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  .subtitle {
    font-size: var(--tim-font-size-small);
    color: var(--tim-color-text-secondary);
  }
  .typing:empty {
    display: none;
  }
  .title {
    flex: 1 1 auto;
    margin: 0;
    font-size: calc(var(--tim-font-size) * 1.15);
    font-weight: 600;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .list-wrap {
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
    display: flex;
  }
  .list {
    flex: 1 1 auto;
    min-height: 0;
    overflow-y: auto;
    overflow-anchor: none;
    outline: none;
  }
  .list:focus-visible {
    outline: var(--tim-focus-ring);
    outline-offset: -2px;
  }
  .history-state {
    position: absolute;
    inset: 4px 0 auto;
    z-index: 1;
    text-align: center;
    pointer-events: none;
    font-size: var(--tim-font-size-small);
    color: var(--tim-color-text-secondary);
  }
  .pill {
    display: inline-block;
    padding: 2px 10px;
    border-radius: 999px;
    background: var(--tim-color-surface);
    border: 1px solid var(--tim-color-border);
  }
  .list-empty {
    position: absolute;
    inset: 0;
  }
  .message {
    width: 100%;
    display: flex;
    align-items: flex-start;
    gap: var(--tim-spacing);
    padding: calc(var(--tim-spacing) / 2) calc(var(--tim-spacing) * 2);
  }
  .message.self {
    flex-direction: row-reverse;
  }
  .message.revoked,
  .message.tip {
    justify-content: center;
    color: var(--tim-color-text-secondary);
    font-size: var(--tim-font-size-small);
  }
  .content {
    display: flex;
    flex-direction: column;
    gap: 2px;
    max-width: min(72%, 560px);
    min-width: 0;
  }
  .self .content {
    align-items: flex-end;
  }
  .sender {
    font-size: var(--tim-font-size-small);
    color: var(--tim-color-text-secondary);
  }
  .bubble {
    padding: var(--tim-spacing) calc(var(--tim-spacing) * 1.5);
    border-radius: var(--tim-radius-bubble);
    background: var(--tim-color-bubble-other);
    color: var(--tim-color-on-bubble-other);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .self .bubble {
    background: var(--tim-color-bubble-self);
    color: var(--tim-color-on-bubble-self);
  }
  .failed .bubble {
    opacity: 0.75;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--tim-spacing);
    font-size: var(--tim-font-size-small);
    color: var(--tim-color-text-secondary);
  }
  .status.failed {
    color: var(--tim-color-danger);
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--tim-radius);
  }
  button:focus-visible,
  textarea:focus-visible {
    outline: var(--tim-focus-ring);
    outline-offset: 1px;
  }
  .resend,
  .dismiss {
    padding: 2px 8px;
    border: 1px solid currentColor;
    background: transparent;
    color: var(--tim-color-danger);
  }
  .cancel-upload {
    padding: 2px 8px;
    border: 1px solid currentColor;
    background: transparent;
    color: inherit;
  }
  /* The alert region stays in the page (so it is announced when filled) but takes no room. */
  .error:not(.shown) {
    display: block;
    height: 0;
    overflow: hidden;
  }
  .error.shown {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--tim-spacing);
    margin: 0 calc(var(--tim-spacing) * 2);
    padding: var(--tim-spacing);
    border-radius: var(--tim-radius);
    background: var(--tim-color-danger-surface);
    color: var(--tim-color-danger);
  }
  .composer {
    flex: none;
    display: flex;
    align-items: flex-end;
    gap: var(--tim-spacing);
    padding: var(--tim-spacing) calc(var(--tim-spacing) * 2) calc(var(--tim-spacing) * 2);
    border-top: 1px solid var(--tim-color-border);
  }
  textarea {
    flex: 1 1 auto;
    resize: none;
    min-height: 2.5em;
    max-height: 10em;
    padding: var(--tim-spacing);
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius);
    background: var(--tim-color-background);
    color: var(--tim-color-text);
    font: inherit;
  }
  .send {
    padding: var(--tim-spacing) calc(var(--tim-spacing) * 2);
    border: none;
    background: var(--tim-color-primary);
    color: var(--tim-color-on-primary);
    font-weight: 600;
  }
  .send:disabled {
    opacity: 0.5;
    cursor: default;
  }
  /* a message that mentions the user (or @all): an accent bar beside its bubble */
  .mentioned .bubble {
    box-shadow: inset 3px 0 0 var(--tim-color-mention, var(--tim-color-danger));
  }
`;
