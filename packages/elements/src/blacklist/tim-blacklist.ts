import { TimBlacklist } from './blacklist.component.js';

export * from './blacklist.component.js';
export default TimBlacklist;

if (!customElements.get('tim-blacklist')) customElements.define('tim-blacklist', TimBlacklist);

declare global {
  interface HTMLElementTagNameMap {
    'tim-blacklist': TimBlacklist;
  }
}
