// recentcontact.get_contact_group: conversation groups; none yet.
import type { Handler } from '../../protocol/router.js';

export const getContactGroup: Handler = { auth: 'user', handle: () => ({ GroupItem: [] }) };
