// sns.friend_response: agree / agree-and-add / reject received applications.
import type { Handler } from '../../protocol/router.js';
import { respondToApplication } from '../../domain/relations/respond.js';
import { failedAccounts, listField } from '../../domain/relations/request.js';
import { isRecord } from '../validate.js';

export const friendResponse: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const ResultItem = listField(body, 'ResponseFriendItem').map((raw) => {
      const it = isRecord(raw) ? raw : {};
      return respondToApplication(app, userID, {
        applicant: it.To_Account,
        action: it.ResponseAction,
        remark: typeof it.Remark === 'string' ? it.Remark : undefined,
      });
    });
    return { ResultItem, Fail_Account: failedAccounts(ResultItem) };
  },
};
