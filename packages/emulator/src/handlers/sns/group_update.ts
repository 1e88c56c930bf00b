// sns.group_update: rename (GroupOldName -> GroupNewName) and/or add and
// remove friends (UpdateGroupItem [{To_Account, UpdateType}]).
import type { Handler } from '../../protocol/router.js';
import { updateFriendGroup } from '../../domain/relations/groups.js';
import { failedAccounts, optListField } from '../../domain/relations/request.js';

export const snsGroupUpdate: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const ResultItem = updateFriendGroup(app, userID, {
      oldName: body.GroupOldName,
      newName: body.GroupNewName,
      items: optListField(body, 'UpdateGroupItem'),
    });
    return {
      ResultItem,
      Fail_Account: failedAccounts(ResultItem),
      CurrentSequence: app.relations.friendGroups.names(userID).length,
    };
  },
};
