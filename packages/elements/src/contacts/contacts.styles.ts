import { css } from 'lit';

export default css`
  :host {
    height: 100%;
    min-height: 0;
  }
  .base {
    height: 100%;
  }
  .layout {
    flex: 1 1 auto;
    min-height: 0;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--tim-spacing) * 2);
  }
  .list {
    flex: 1 1 240px;
    min-height: 200px;
    height: 100%;
  }
  .group {
    display: flex;
    align-items: center;
    gap: var(--tim-spacing);
    width: 100%;
    padding: var(--tim-spacing) 4px 4px;
    border-bottom: 1px solid var(--tim-color-border);
  }
  .group-name {
    flex: 1 1 auto;
    font-size: var(--tim-font-size-small);
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .group-name .secondary {
    text-transform: none;
    font-weight: normal;
    margin-inline-start: 4px;
  }
  .friend-row {
    width: 100%;
  }
  button.friend {
    display: flex;
    align-items: center;
    gap: calc(var(--tim-spacing) * 1.5);
    width: 100%;
    padding: var(--tim-spacing) 4px;
    border: none;
    border-radius: 0;
    background: var(--tim-color-background);
    text-align: start;
  }
  button.friend[aria-expanded='true'] {
    background: var(--tim-color-surface-selected);
  }
  button.friend:focus-visible {
    outline-offset: -2px;
  }
  .main {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .details {
    flex: 1 1 260px;
    max-width: 420px;
    display: flex;
    flex-direction: column;
    gap: calc(var(--tim-spacing) * 1.5);
    padding: calc(var(--tim-spacing) * 1.5);
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius);
    align-self: flex-start;
  }
  .identity {
    display: flex;
    align-items: center;
    gap: calc(var(--tim-spacing) * 1.5);
  }
  .new-group input {
    width: 12em;
  }
`;
