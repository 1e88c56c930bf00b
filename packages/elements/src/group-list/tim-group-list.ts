import { TimGroupList } from './group-list.component.js';

export * from './group-list.component.js';
export default TimGroupList;

if (!customElements.get('tim-group-list')) {
  customElements.define('tim-group-list', TimGroupList);
}

declare global {
  interface HTMLElementTagNameMap {
    'tim-group-list': TimGroupList;
  }
}
