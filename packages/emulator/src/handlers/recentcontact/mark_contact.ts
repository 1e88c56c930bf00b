// recentcontact.mark_contact: conversation marks (markConversation: OptType 1,
// SetMark / ClearMark bit positions) and custom data (setConversationCustomData:
// OptType 2, CustomMark). page_get reports them as StandardMark (a bit string)
// and CustomMark; the caller's other instances get a RecentContactMod PushType 4.
import type { App } from '../../app.js';
import type { Handler } from '../../protocol/router.js';
import { GroupCode } from '../../domain/groups/codes.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import {
  pushRecentContactMod,
  readContactItem,
  wireContact,
  type ContactItem,
} from '../../domain/recent-contact.js';
import { getGroupContact, updateGroupContact } from '../../store/group-contacts.js';
import { isRecord } from '../validate.js';

const bits = (v: unknown): number[] =>
  Array.isArray(v)
    ? v.filter((b): b is number => Number.isInteger(b) && (b as number) >= 0 && (b as number) < 64)
    : [];

/** Bit positions -> "101" (position 0 rightmost), the form page_get carries. */
export const standardMarkString = (marks: number[]): string => {
  if (marks.length === 0) return '';
  const width = Math.max(...marks) + 1;
  let out = '';
  for (let i = width - 1; i >= 0; i--) out += marks.includes(i) ? '1' : '0';
  return out;
};

function currentMarks(
  app: App,
  userID: string,
  c: ContactItem,
): { marks: number[]; customMark: string } | undefined {
  return c.type === 1
    ? app.conversations.get(userID, c.peer)
    : getGroupContact(app.db, userID, c.groupID);
}

export const markContact: Handler = {
  auth: 'user',
  handle({ app, body, userID, session }) {
    if (!Array.isArray(body.MarkItem) || body.MarkItem.length === 0)
      throw new EmulatorError(ErrorCode.BAD_REQUEST, 'MarkItem must list conversations');
    const ResultItem = [];
    const pushed = [];
    for (const item of body.MarkItem) {
      if (!isRecord(item) || ![1, 2, 3].includes(item.OptType as number))
        throw new EmulatorError(ErrorCode.BAD_REQUEST, 'each MarkItem needs OptType 1, 2 or 3');
      const c = readContactItem(item.ContactItem);
      if (c.type === 2 && !app.groups.groups.exists(c.groupID)) {
        ResultItem.push({
          ContactItem: wireContact(c),
          ResultCode: GroupCode.NOT_FOUND,
          ResultInfo: `group ${c.groupID} does not exist or was dismissed`,
        });
        continue;
      }
      const current = currentMarks(app, userID, c);
      let marks = current?.marks ?? [];
      if (item.OptType !== 2) {
        const clear = bits(item.ClearMark);
        marks = [...new Set([...marks.filter((b) => !clear.includes(b)), ...bits(item.SetMark)])];
      }
      const customMark =
        item.OptType !== 1 && typeof item.CustomMark === 'string' ? item.CustomMark : undefined;
      if (c.type === 1) app.conversations.setMarks(userID, c.peer, { marks, customMark });
      else updateGroupContact(app.db, userID, c.groupID, { marks, customMark });
      const standardMark = standardMarkString(marks);
      ResultItem.push({ ContactItem: wireContact(c), ResultCode: 0, ResultInfo: '' });
      pushed.push({
        RecentContactItem: wireContact(c),
        OptType: item.OptType,
        StandardMark: standardMark,
        CustomMark: customMark ?? current?.customMark ?? '',
      });
    }
    if (pushed.length > 0)
      pushRecentContactMod(
        app,
        userID,
        { PushType: 4, RecentContactMarkContact: { RecentContactMarkContactItem: pushed } },
        session,
      );
    return { ResultItem };
  },
};
