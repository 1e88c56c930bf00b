import { css } from 'lit';

export default css`
  section {
    display: flex;
    flex-direction: column;
    gap: var(--tim-spacing);
  }
  .wording {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  /* The buttons move under the request when both do not fit, rather than squeezing the name. */
  .item {
    flex-wrap: wrap;
  }
  .item .main {
    flex: 1 1 12em;
  }
  .item .actions {
    flex: 0 1 auto;
    margin-left: auto;
    justify-content: flex-end;
  }
  /* Kept in the page while empty so the outcome is announced when it appears. */
  .add-result:not(.shown) {
    height: 0;
    overflow: hidden;
  }
  .add-result.shown {
    padding: var(--tim-spacing);
    border-radius: var(--tim-radius);
    background: var(--tim-color-surface);
  }
  .add-result.added {
    background: var(--tim-color-surface-selected);
  }
  .add-result.refused,
  .add-result.blacklisted,
  .add-result.limit {
    background: var(--tim-color-danger-surface);
    color: var(--tim-color-danger);
  }
`;
