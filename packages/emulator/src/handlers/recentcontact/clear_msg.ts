// recentcontact.clear_msg: clear a C2C conversation's history for the caller;
// the conversation stays in the list with no last message, the peer keeps theirs.
import type { Handler } from '../../protocol/router.js';
import { EmulatorError } from '../../protocol/errors.js';
import { GROUP_CONTACT_UNSUPPORTED, readContactItem } from '../../domain/recent-contact.js';

export const clearMsg: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const c = readContactItem(body);
    if (c.type === 2)
      throw new EmulatorError(GROUP_CONTACT_UNSUPPORTED.code, GROUP_CONTACT_UNSUPPORTED.info);
    app.messages.hideAll(userID, c.peer);
    return {};
  },
};
