import { TimContacts } from './contacts.component.js';

export * from './contacts.component.js';
export default TimContacts;

if (!customElements.get('tim-contacts')) customElements.define('tim-contacts', TimContacts);

declare global {
  interface HTMLElementTagNameMap {
    'tim-contacts': TimContacts;
  }
}
