// The public entry: classes, events and helpers. Importing it also registers every tag; import
// a `*.component.js` file instead to get a class without registering it.
export { TimProvider } from './provider/tim-provider.js';
export { TimConversationList } from './conversation-list/tim-conversation-list.js';
export { TimChat } from './chat/tim-chat.js';
export { TimCoreElement } from './internal/core-element.js';
export { coreContext, langContext } from './internal/core-context.js';
export { StoreController } from './internal/store-controller.js';
export { resolveLang, errorText, strings, type TimLang, type TimStrings } from './internal/i18n.js';
export {
  emit,
  type TimConversationSelectDetail,
  type TimErrorDetail,
  type TimEventMap,
  type TimMessageSendDetail,
} from './events/events.js';
