import { css } from 'lit';

/** Message rows beyond the basic bubble: days, notes, quotes, media, menus and selection. */
export default css`
  .row {
    width: 100%;
  }
  .day {
    display: flex;
    justify-content: center;
    padding: var(--tim-spacing) 0 calc(var(--tim-spacing) / 2);
    font-size: var(--tim-font-size-small);
    color: var(--tim-color-text-secondary);
  }
  .day span {
    padding: 2px 10px;
    border-radius: 999px;
    background: var(--tim-color-surface);
  }
  .message.revoked,
  .message.tip {
    text-align: center;
  }
  .bubble-row {
    position: relative;
    display: flex;
    align-items: center;
    gap: 4px;
  }
  .self .bubble-row {
    flex-direction: row-reverse;
  }
  .bubble a {
    color: inherit;
    text-decoration: underline;
  }
  .bubble.image,
  .bubble.video,
  .bubble.face {
    padding: 4px;
  }
  .image-button {
    display: block;
    padding: 0;
    border: none;
    background: none;
    border-radius: calc(var(--tim-radius-bubble) - 4px);
    overflow: hidden;
  }
  .image-button img,
  .video {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: calc(var(--tim-radius-bubble) - 4px);
    background: var(--tim-color-surface);
  }
  .sound,
  .file,
  .location {
    display: inline-flex;
    align-items: center;
    gap: var(--tim-spacing);
  }
  .play {
    width: 32px;
    height: 32px;
    border: 1px solid currentColor;
    border-radius: 50%;
    background: transparent;
    color: inherit;
  }
  .file-text,
  .location-text,
  .merger {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .file-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .file-size,
  .coords,
  .merger-line {
    font-size: var(--tim-font-size-small);
  }
  .download {
    color: inherit;
    font-size: 1.2em;
    text-decoration: none;
  }
  .merger-title {
    margin-bottom: 2px;
  }
  .quote {
    margin: 0;
    padding: 4px 8px;
    border-left: 3px solid var(--tim-color-border);
    border-radius: 4px;
    background: var(--tim-color-surface);
    color: var(--tim-color-text-secondary);
    font-size: var(--tim-font-size-small);
    display: flex;
    flex-direction: column;
    max-width: 100%;
    overflow: hidden;
  }
  .quote-sender {
    font-weight: 600;
  }
  .quote-text {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .actions {
    position: relative;
    flex: none;
  }
  .actions-button {
    width: 28px;
    height: 28px;
    padding: 0;
    border: none;
    background: transparent;
    color: var(--tim-color-text-secondary);
    opacity: 0;
  }
  .message:hover .actions-button,
  .actions-button:focus-visible,
  .actions-button[aria-expanded='true'] {
    opacity: 1;
  }
  .message-menu {
    position: absolute;
    top: 100%;
    z-index: 3;
    min-width: 140px;
    display: flex;
    flex-direction: column;
    padding: 4px;
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius);
    background: var(--tim-color-background);
    box-shadow: 0 6px 24px rgb(0 0 0 / 18%);
  }
  .self .message-menu {
    right: 0;
  }
  .menu-item {
    padding: 6px 12px;
    border: none;
    background: transparent;
    color: var(--tim-color-text);
    text-align: left;
  }
  .menu-item:hover,
  .menu-item:focus {
    background: var(--tim-color-surface-hover);
  }
  .danger {
    color: var(--tim-color-danger);
  }
  .select {
    flex: none;
    align-self: center;
    width: 18px;
    height: 18px;
  }
  .status.read {
    color: var(--tim-color-text-secondary);
  }
  .progress {
    width: 80px;
    height: 6px;
  }
  .jump {
    position: absolute;
    right: calc(var(--tim-spacing) * 2);
    bottom: var(--tim-spacing);
    z-index: 2;
    padding: 6px 12px;
    border: 1px solid var(--tim-color-border);
    border-radius: 999px;
    background: var(--tim-color-background);
    color: var(--tim-color-primary);
    box-shadow: 0 2px 10px rgb(0 0 0 / 15%);
  }
  .selection-bar {
    flex: none;
    display: flex;
    align-items: center;
    gap: var(--tim-spacing);
    padding: var(--tim-spacing) calc(var(--tim-spacing) * 2);
    border-top: 1px solid var(--tim-color-border);
  }
  .selection-bar [role='status'] {
    flex: 1 1 auto;
  }
  .button {
    padding: 6px 14px;
    border: 1px solid var(--tim-color-border);
    background: var(--tim-color-surface);
    color: var(--tim-color-text);
  }
  .button.danger {
    border-color: var(--tim-color-danger);
    background: var(--tim-color-danger);
    color: var(--tim-color-background);
  }
  .button.primary {
    border-color: var(--tim-color-primary);
    background: var(--tim-color-primary);
    color: var(--tim-color-on-primary);
  }
  .button:disabled {
    opacity: 0.5;
  }
  .image-dialog {
    max-width: 92vw;
    max-height: 92vh;
    padding: var(--tim-spacing);
    border: none;
    border-radius: var(--tim-radius);
    background: var(--tim-color-background);
    color: var(--tim-color-text);
  }
  .image-dialog::backdrop {
    background: rgb(0 0 0 / 70%);
  }
  .image-dialog img {
    display: block;
    max-width: 88vw;
    max-height: 80vh;
    margin-bottom: var(--tim-spacing);
  }
`;
