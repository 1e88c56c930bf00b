// sns.black_list_delete: unblock users.
import type { Handler } from '../../protocol/router.js';
import { removeFromBlacklist } from '../../domain/relations/blacklist.js';
import { failedAccounts, listField } from '../../domain/relations/request.js';

export const blackListDelete: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const ResultItem = removeFromBlacklist(app, userID, listField(body, 'To_Account'));
    return { ResultItem, Fail_Account: failedAccounts(ResultItem) };
  },
};
