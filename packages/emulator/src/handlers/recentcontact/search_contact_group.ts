// recentcontact.search_contact_group: which conversation groups a conversation is
// in. With none, a plain OK is the shape the SDK accepted.
import type { Handler } from '../../protocol/router.js';

export const searchContactGroup: Handler = { auth: 'user', handle: () => ({}) };
