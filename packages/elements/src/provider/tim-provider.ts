import { TimProvider } from './provider.component.js';

export * from './provider.component.js';
export default TimProvider;

if (!customElements.get('tim-provider')) customElements.define('tim-provider', TimProvider);

declare global {
  interface HTMLElementTagNameMap {
    'tim-provider': TimProvider;
  }
}
