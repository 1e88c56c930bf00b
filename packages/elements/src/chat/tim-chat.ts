import { TimChat } from './chat.component.js';

export * from './chat.component.js';
export default TimChat;

if (!customElements.get('tim-chat')) customElements.define('tim-chat', TimChat);

declare global {
  interface HTMLElementTagNameMap {
    'tim-chat': TimChat;
  }
}
