import { TimProfileElement } from './profile.component.js';

export * from './profile.component.js';
export default TimProfileElement;

if (!customElements.get('tim-profile')) customElements.define('tim-profile', TimProfileElement);

declare global {
  interface HTMLElementTagNameMap {
    'tim-profile': TimProfileElement;
  }
}
