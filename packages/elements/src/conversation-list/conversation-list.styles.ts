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
  .base {
    position: relative;
  }
  .search-row {
    flex: none;
    padding: var(--tim-spacing) calc(var(--tim-spacing) * 1.5);
    border-bottom: 1px solid var(--tim-color-border);
  }
  .search {
    width: 100%;
    padding: 6px var(--tim-spacing);
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius);
    background: var(--tim-color-surface);
    color: var(--tim-color-text);
    font: inherit;
  }
  .search:focus-visible,
  .menu-item:focus-visible,
  .button:focus-visible,
  .check input:focus-visible {
    outline: var(--tim-focus-ring);
    outline-offset: 1px;
  }
  .item {
    position: relative;
  }
  .pin {
    flex: none;
    font-size: 11px;
  }
  .draft {
    color: var(--tim-color-danger);
  }
  .mention {
    color: var(--tim-color-mention, var(--tim-color-danger));
    font-weight: 600;
  }
  .more {
    flex: none;
    width: 20px;
    text-align: center;
    color: var(--tim-color-text-secondary);
    opacity: 0;
  }
  .item:hover .more,
  .item:focus-visible .more {
    opacity: 1;
  }
  .menu-backdrop {
    position: absolute;
    inset: 0;
    z-index: 2;
  }
  .menu {
    position: absolute;
    right: calc(var(--tim-spacing) * 1.5);
    z-index: 3;
    min-width: 180px;
    display: flex;
    flex-direction: column;
    padding: 4px;
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius);
    background: var(--tim-color-background);
    box-shadow: 0 6px 24px rgb(0 0 0 / 18%);
  }
  .menu-item {
    padding: 8px 12px;
    border: none;
    border-radius: calc(var(--tim-radius) / 2);
    background: transparent;
    color: var(--tim-color-text);
    font: inherit;
    text-align: left;
    cursor: pointer;
  }
  .menu-item:hover,
  .menu-item:focus {
    background: var(--tim-color-surface-hover);
  }
  .menu-item:disabled {
    color: var(--tim-color-text-secondary);
    cursor: default;
  }
  .danger {
    color: var(--tim-color-danger);
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--tim-spacing);
    margin-bottom: calc(var(--tim-spacing) * 2);
  }
  .button {
    padding: 6px 14px;
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius);
    background: var(--tim-color-surface);
    color: var(--tim-color-text);
    font: inherit;
    cursor: pointer;
  }
  .button.danger {
    border-color: var(--tim-color-danger);
    background: var(--tim-color-danger);
    color: var(--tim-color-background);
  }
  .error:not(.shown) {
    height: 0;
    overflow: hidden;
  }
  .error.shown {
    margin: var(--tim-spacing);
    padding: var(--tim-spacing);
    border-radius: var(--tim-radius);
    background: var(--tim-color-danger-surface);
    color: var(--tim-color-danger);
  }
  .state {
    height: auto;
    flex: 1 1 auto;
  }
`;
