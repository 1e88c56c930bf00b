// recentcontact.top: pin (OperationType 1) or unpin (2) conversations. page_get
// then reports TopFlags and lists pinned ones first; the caller's other
// instances get a RecentContactMod (PushType 2 pinned / 3 unpinned).
import type { Handler } from '../../protocol/router.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import {
  pushRecentContactMod,
  requireKnownGroup,
  readContactItem,
  wireContact,
} from '../../domain/recent-contact.js';
import { updateGroupContact } from '../../store/group-contacts.js';

export const top: Handler = {
  auth: 'user',
  handle({ app, body, userID, session }) {
    const op = body.OperationType;
    if (op !== 1 && op !== 2)
      throw new EmulatorError(ErrorCode.BAD_REQUEST, 'OperationType must be 1 (pin) or 2 (unpin)');
    if (!Array.isArray(body.RecentContactItem) || body.RecentContactItem.length === 0)
      throw new EmulatorError(ErrorCode.BAD_REQUEST, 'RecentContactItem must list conversations');
    const items = body.RecentContactItem.map(readContactItem);
    // Check every group first: one unknown group pins nothing.
    for (const c of items) if (c.type === 2) requireKnownGroup(app, c.groupID);
    for (const c of items) {
      if (c.type === 1) app.conversations.setPinned(userID, c.peer, op === 1);
      else updateGroupContact(app.db, userID, c.groupID, { pinned: op === 1 });
    }
    pushRecentContactMod(
      app,
      userID,
      {
        PushType: op === 1 ? 2 : 3,
        RecentContactTopItem: { RecentContactList: items.map(wireContact) },
      },
      session,
    );
    return {};
  },
};
