// sns.friend_delete: Delete_Type_Single (my list only) or Delete_Type_Both.
import type { Handler } from '../../protocol/router.js';
import { deleteFriends, type DeleteType } from '../../domain/relations/remove.js';
import { enumField, failedAccounts, listField } from '../../domain/relations/request.js';

export const friendDelete: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const ids = listField(body, 'To_Account');
    const type = enumField<DeleteType>(
      body,
      'DeleteType',
      ['Delete_Type_Single', 'Delete_Type_Both'],
      'Delete_Type_Both',
    );
    const ResultItem = deleteFriends(app, userID, ids, type);
    return { ResultItem, Fail_Account: failedAccounts(ResultItem) };
  },
};
