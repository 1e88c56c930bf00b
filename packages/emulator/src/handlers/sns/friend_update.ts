// sns.friend_update: remark, friend groups and custom fields of friends.
import type { Handler } from '../../protocol/router.js';
import { updateFriend } from '../../domain/relations/update.js';
import { failedAccounts, listField } from '../../domain/relations/request.js';

export const friendUpdate: Handler = {
  auth: 'user',
  handle({ app, body, userID, session }) {
    const ResultItem = listField(body, 'UpdateItem').map((item) =>
      updateFriend(app, userID, item, session),
    );
    return { ResultItem, Fail_Account: failedAccounts(ResultItem) };
  },
};
