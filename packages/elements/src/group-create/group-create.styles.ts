import { css } from 'lit';

export default css`
  .base {
    gap: calc(var(--tim-spacing) * 1.5);
    padding: calc(var(--tim-spacing) * 1.5);
  }
  .types {
    gap: 4px;
  }
  .type {
    display: flex;
    align-items: flex-start;
    gap: var(--tim-spacing);
    padding: 6px var(--tim-spacing);
    border: 1px solid var(--tim-color-border);
    border-radius: calc(var(--tim-radius) / 2);
    cursor: pointer;
  }
  .type:has(input:checked) {
    border-color: var(--tim-color-primary);
    background: var(--tim-color-surface-selected);
  }
  .type-text {
    display: flex;
    flex-direction: column;
  }
  .type-name {
    font-weight: 500;
  }
  .picker {
    display: flex;
    flex-direction: column;
    gap: 4px;
    max-height: 160px;
    overflow: auto;
  }
`;
