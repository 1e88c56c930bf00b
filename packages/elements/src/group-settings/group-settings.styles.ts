import { css } from 'lit';

export default css`
  .notice {
    margin: var(--tim-spacing) calc(var(--tim-spacing) * 1.5) 0;
  }
  .profile-head,
  .member-head {
    display: flex;
    align-items: center;
    gap: calc(var(--tim-spacing) * 1.5);
  }
  .member-list {
    height: var(--tim-group-members-height, 320px);
    border: 1px solid var(--tim-color-border);
    border-radius: calc(var(--tim-radius) / 2);
  }
  .member {
    display: flex;
    align-items: center;
    gap: var(--tim-spacing);
    width: 100%;
    padding: 6px var(--tim-spacing);
    --tim-avatar-size: 32px;
  }
  .member-main {
    flex: 1 1 auto;
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  .member-name {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .member-meta {
    display: flex;
    gap: 6px;
    align-items: center;
    font-size: var(--tim-font-size-small);
  }
  .role {
    padding: 0 6px;
    border-radius: 4px;
    background: var(--tim-color-surface-selected);
    color: var(--tim-color-text);
  }
  .mute-timer {
    color: var(--tim-color-danger);
    font-variant-numeric: tabular-nums;
  }
  .member-actions {
    display: flex;
    flex-direction: column;
    gap: calc(var(--tim-spacing) * 1.5);
    margin: calc(var(--tim-spacing) * 2) 0;
  }
  .picker {
    display: flex;
    flex-direction: column;
    gap: 4px;
    max-height: 160px;
    overflow: auto;
  }
  .requests {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--tim-spacing);
  }
  .request {
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  h3:focus {
    outline: none;
  }
`;
