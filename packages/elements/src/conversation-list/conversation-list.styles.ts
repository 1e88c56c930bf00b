import { css } from 'lit';

export default css`
  :host {
    display: block;
    height: 100%;
    min-height: 0;
    background: var(--tim-color-background);
  }
  .base {
    display: flex;
    flex-direction: column;
    height: 100%;
    min-height: 0;
  }
  .list {
    flex: 1 1 auto;
    min-height: 0;
    height: 100%;
    outline: none;
  }
  .item {
    display: flex;
    align-items: center;
    gap: calc(var(--tim-spacing) * 1.5);
    width: 100%;
    padding: var(--tim-spacing) calc(var(--tim-spacing) * 1.5);
    cursor: pointer;
    color: var(--tim-color-text);
    background: var(--tim-color-background);
  }
  .item:hover {
    background: var(--tim-color-surface-hover);
  }
  .item[aria-selected='true'] {
    background: var(--tim-color-surface-selected);
  }
  .item:focus-visible {
    outline: var(--tim-focus-ring);
    outline-offset: -2px;
  }
  .main {
    flex: 1 1 auto;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .row {
    display: flex;
    align-items: center;
    gap: var(--tim-spacing);
    min-width: 0;
  }
  .name,
  .preview {
    flex: 1 1 auto;
    min-width: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .name {
    font-weight: 600;
  }
  .preview,
  .time {
    color: var(--tim-color-text-secondary);
    font-size: var(--tim-font-size-small);
  }
  .time {
    flex: none;
  }
  .badge {
    flex: none;
    min-width: 18px;
    height: 18px;
    padding: 0 5px;
    border-radius: 9px;
    background: var(--tim-color-badge);
    color: var(--tim-color-on-badge);
    font-size: 11px;
    font-weight: 600;
    line-height: 18px;
    text-align: center;
  }
  .dot {
    flex: none;
    width: 8px;
    height: 8px;
    border-radius: 50%;
    border: 1px solid var(--tim-color-muted-dot);
  }
  .dot.unread {
    background: var(--tim-color-muted-dot);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
