// sns.group_add: create friend groups, optionally with friends in them.
import type { Handler } from '../../protocol/router.js';
import { createFriendGroups } from '../../domain/relations/groups.js';
import { failedAccounts, listField, optListField } from '../../domain/relations/request.js';

export const snsGroupAdd: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const ResultItem = createFriendGroups(
      app,
      userID,
      listField(body, 'GroupName'),
      optListField(body, 'To_Account'),
    );
    return {
      ResultItem,
      Fail_Account: failedAccounts(ResultItem),
      CurrentSequence: app.relations.friendGroups.names(userID).length,
    };
  },
};
