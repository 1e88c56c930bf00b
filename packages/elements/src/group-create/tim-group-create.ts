import { TimGroupCreate } from './group-create.component.js';

export * from './group-create.component.js';
export default TimGroupCreate;

if (!customElements.get('tim-group-create')) {
  customElements.define('tim-group-create', TimGroupCreate);
}

declare global {
  interface HTMLElementTagNameMap {
    'tim-group-create': TimGroupCreate;
  }
}
