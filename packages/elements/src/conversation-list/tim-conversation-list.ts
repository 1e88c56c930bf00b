import { TimConversationList } from './conversation-list.component.js';

export * from './conversation-list.component.js';
export default TimConversationList;

if (!customElements.get('tim-conversation-list')) {
  customElements.define('tim-conversation-list', TimConversationList);
}

declare global {
  interface HTMLElementTagNameMap {
    'tim-conversation-list': TimConversationList;
  }
}
