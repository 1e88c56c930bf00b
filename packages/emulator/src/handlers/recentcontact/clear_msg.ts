// recentcontact.clear_msg: clear a conversation's history for the caller; the
// conversation stays in the list with no last message, the peer (or the other
// group members) keep theirs. For a group, everything up to its current
// sequence is hidden from this user's history.
import type { Handler } from '../../protocol/router.js';
import { groupLastSeq, readContactItem } from '../../domain/recent-contact.js';
import { requireGroup } from '../../domain/groups/lookup.js';
import { updateGroupContact } from '../../store/group-contacts.js';

export const clearMsg: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const c = readContactItem(body);
    if (c.type === 2) {
      requireGroup(app, c.groupID);
      updateGroupContact(app.db, userID, c.groupID, { clearedSeq: groupLastSeq(app, c.groupID) });
      return {};
    }
    app.messages.hideAll(userID, c.peer);
    return {};
  },
};
