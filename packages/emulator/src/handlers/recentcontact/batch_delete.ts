// recentcontact.batch_delete: remove conversations from the caller's list, and
// with ClearRamble 1 also their history (for the caller only). The caller's
// other instances get a RecentContactMod delete push.
import type { Handler } from '../../protocol/router.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import {
  GROUP_CONTACT_UNSUPPORTED,
  pushRecentContactMod,
  readContactItem,
  wireContact,
  type ContactItem,
} from '../../domain/recent-contact.js';

export const batchDelete: Handler = {
  auth: 'user',
  handle({ app, body, userID, session }) {
    if (!Array.isArray(body.ContactItem) || body.ContactItem.length === 0)
      throw new EmulatorError(ErrorCode.BAD_REQUEST, 'ContactItem must list conversations');
    const items = body.ContactItem.map(readContactItem);
    const clear = body.ClearRamble === 1;
    const deleted: ContactItem[] = [];
    const ResultItem = items.map((c) => {
      if (c.type === 2)
        return {
          Type: 2,
          ToGroupid: c.groupID,
          ResultCode: GROUP_CONTACT_UNSUPPORTED.code,
          ResultInfo: GROUP_CONTACT_UNSUPPORTED.info,
        };
      if (clear) app.messages.hideAll(userID, c.peer);
      app.conversations.remove(userID, c.peer);
      deleted.push(c);
      return { Type: 1, To_Account: c.peer, ResultCode: 0, ResultInfo: '' };
    });
    if (deleted.length > 0)
      pushRecentContactMod(
        app,
        userID,
        { PushType: 1, RecentContactDeleteItem: { RecentContactList: deleted.map(wireContact) } },
        session,
      );
    return { ResultItem };
  },
};
