import { TimNotificationSettingsElement } from './notification-settings.component.js';

export * from './notification-settings.component.js';
export default TimNotificationSettingsElement;

if (!customElements.get('tim-notification-settings')) {
  customElements.define('tim-notification-settings', TimNotificationSettingsElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'tim-notification-settings': TimNotificationSettingsElement;
  }
}
