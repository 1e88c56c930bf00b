import { css } from 'lit';

export default css`
  fieldset {
    margin: 0;
    padding: 0;
    border: none;
    display: flex;
    flex-direction: column;
    gap: var(--tim-spacing);
  }
  .switch-row {
    display: flex;
    align-items: center;
    gap: var(--tim-spacing);
    cursor: pointer;
  }
  /* A checkbox drawn as a switch; it stays a real input for keyboards and screen readers. */
  input.switch {
    appearance: none;
    flex: none;
    position: relative;
    width: 36px;
    height: 20px;
    min-height: 0;
    padding: 0;
    border-radius: 10px;
    border: 1px solid var(--tim-color-text-secondary);
    background: var(--tim-color-surface);
    cursor: pointer;
  }
  input.switch::after {
    content: '';
    position: absolute;
    top: 2px;
    left: 2px;
    width: 14px;
    height: 14px;
    border-radius: 50%;
    background: var(--tim-color-text-secondary);
    transition: transform 0.15s;
  }
  input.switch:checked {
    border-color: var(--tim-color-primary);
    background: var(--tim-color-primary);
  }
  input.switch:checked::after {
    transform: translateX(16px);
    background: var(--tim-color-on-primary);
  }
  input.switch:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .permission-state[data-state='denied'] {
    color: var(--tim-color-danger);
  }
  .hint {
    margin: 0;
  }
`;
