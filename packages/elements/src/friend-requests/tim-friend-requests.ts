import { TimFriendRequests } from './friend-requests.component.js';

export * from './friend-requests.component.js';
export default TimFriendRequests;

if (!customElements.get('tim-friend-requests')) {
  customElements.define('tim-friend-requests', TimFriendRequests);
}

declare global {
  interface HTMLElementTagNameMap {
    'tim-friend-requests': TimFriendRequests;
  }
}
