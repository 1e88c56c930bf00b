// `@tim-kit/elements/all.js`: registers every tim-kit tag and re-exports the public API. The
// single-file bundle (dist/tim-kit.js, `npm run build:bundle`) is built from this entry.
import './provider/tim-provider.js';
import './conversation-list/tim-conversation-list.js';
import './chat/tim-chat.js';
import './friend-requests/tim-friend-requests.js';
import './contacts/tim-contacts.js';
import './blacklist/tim-blacklist.js';
import './profile/tim-profile.js';
import './notification-settings/tim-notification-settings.js';
import './group-settings/tim-group-settings.js';
import './group-create/tim-group-create.js';
import './group-list/tim-group-list.js';

export * from './index.js';
