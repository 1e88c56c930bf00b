import { css } from 'lit';

export default css`
  .title {
    padding: var(--tim-spacing) calc(var(--tim-spacing) * 1.5) 0;
  }
  .state.empty {
    min-height: 80px;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 4px 0;
  }
  .item {
    display: flex;
    align-items: center;
    gap: calc(var(--tim-spacing) * 1.5);
    padding: var(--tim-spacing) calc(var(--tim-spacing) * 1.5);
    cursor: pointer;
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
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .name {
    font-weight: 600;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .meta {
    color: var(--tim-color-text-secondary);
    font-size: var(--tim-font-size-small);
  }
  .found-head {
    display: flex;
    align-items: center;
    gap: calc(var(--tim-spacing) * 1.5);
  }
  .intro {
    margin: 0;
  }
  .notice {
    margin: 0 calc(var(--tim-spacing) * 1.5) var(--tim-spacing);
  }
`;
