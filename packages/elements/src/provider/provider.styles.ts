import { css } from 'lit';
import { tokens } from '../themes/tokens.styles.js';

export default [
  tokens,
  css`
    :host {
      display: contents;
    }
    .message {
      display: flex;
      flex-direction: column;
      gap: var(--tim-spacing);
      margin: var(--tim-spacing);
      padding: calc(var(--tim-spacing) * 2);
      border: 1px solid var(--tim-color-danger);
      border-radius: var(--tim-radius);
      background: var(--tim-color-danger-surface);
      color: var(--tim-color-text);
      font-family: var(--tim-font-family);
      font-size: var(--tim-font-size);
      overflow-wrap: anywhere;
    }
    .title {
      color: var(--tim-color-danger);
    }
    .code {
      color: var(--tim-color-text-secondary);
      font-size: var(--tim-font-size-small);
    }
    slot[hidden] {
      display: none;
    }
  `,
];
