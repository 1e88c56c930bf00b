import { css } from 'lit';

export default css`
  .identity {
    display: flex;
    align-items: center;
    gap: calc(var(--tim-spacing) * 1.5);
  }
  .main {
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
    gap: var(--tim-spacing) calc(var(--tim-spacing) * 2);
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--tim-spacing) * 1.5);
  }
  .card .avatar {
    --tim-avatar-size: 56px;
  }
  .tag {
    padding: 0 8px;
    border-radius: 10px;
    background: var(--tim-color-surface-selected);
    font-size: var(--tim-font-size-small);
  }
  .tag.blocked {
    background: var(--tim-color-danger-surface);
    color: var(--tim-color-danger);
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 4px calc(var(--tim-spacing) * 2);
    margin: 0;
  }
  .facts dt {
    color: var(--tim-color-text-secondary);
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .add-result:not(.shown) {
    height: 0;
    overflow: hidden;
  }
  .actions {
    justify-content: flex-start;
  }
`;
