// recentcontact.batch_delete: remove conversations from the caller's list, and
// with ClearRamble 1 also their history (for the caller only). A group
// conversation comes back with the group's next message; its messages stay for
// the other members. The caller's other instances get a RecentContactMod delete push.
import type { Handler } from '../../protocol/router.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import {
  groupLastSeq,
  pushRecentContactMod,
  readContactItem,
  wireContact,
} from '../../domain/recent-contact.js';
import { updateGroupContact } from '../../store/group-contacts.js';

export const batchDelete: Handler = {
  auth: 'user',
  handle({ app, body, userID, session }) {
    if (!Array.isArray(body.ContactItem) || body.ContactItem.length === 0)
      throw new EmulatorError(ErrorCode.BAD_REQUEST, 'ContactItem must list conversations');
    const items = body.ContactItem.map(readContactItem);
    const clear = body.ClearRamble === 1;
    const ResultItem = items.map((c) => {
      if (c.type === 2) {
        const seq = groupLastSeq(app, c.groupID);
        updateGroupContact(app.db, userID, c.groupID, {
          deletedSeq: seq,
          pinned: false,
          ...(clear ? { clearedSeq: seq } : {}),
        });
        return { Type: 2, ToGroupid: c.groupID, ResultCode: 0, ResultInfo: '' };
      }
      if (clear) app.messages.hideAll(userID, c.peer);
      app.conversations.remove(userID, c.peer);
      return { Type: 1, To_Account: c.peer, ResultCode: 0, ResultInfo: '' };
    });
    pushRecentContactMod(
      app,
      userID,
      { PushType: 1, RecentContactDeleteItem: { RecentContactList: items.map(wireContact) } },
      session,
    );
    return { ResultItem };
  },
};
