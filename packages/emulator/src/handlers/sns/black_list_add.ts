// sns.black_list_add: block users (ending any friendship). The SDK ignores
// this reply's items and learns the new list from the BlackListAdd push.
import type { Handler } from '../../protocol/router.js';
import { addToBlacklist } from '../../domain/relations/blacklist.js';
import { failedAccounts, listField } from '../../domain/relations/request.js';

export const blackListAdd: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const ResultItem = addToBlacklist(app, userID, listField(body, 'To_Account'));
    return { ResultItem, Fail_Account: failedAccounts(ResultItem) };
  },
};
