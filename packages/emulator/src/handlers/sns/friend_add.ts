// sns.friend_add: see domain/relations/add.ts. 30539 (waiting for the target)
// is a per-item code the SDK resolves, not rejects.
import type { Handler } from '../../protocol/router.js';
import { addFriends, parseAddRequest } from '../../domain/relations/add.js';
import { failedAccounts } from '../../domain/relations/request.js';

export const friendAdd: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const { items, addType } = parseAddRequest(body);
    const ResultItem = addFriends(app, userID, items, addType);
    return { ResultItem, Fail_Account: failedAccounts(ResultItem) };
  },
};
