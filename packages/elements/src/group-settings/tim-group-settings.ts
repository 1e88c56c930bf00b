import { TimGroupSettings } from './group-settings.component.js';

export * from './group-settings.component.js';
export default TimGroupSettings;

if (!customElements.get('tim-group-settings')) {
  customElements.define('tim-group-settings', TimGroupSettings);
}

declare global {
  interface HTMLElementTagNameMap {
    'tim-group-settings': TimGroupSettings;
  }
}
