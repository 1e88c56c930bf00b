// sns.group_delete: delete friend groups (the friends stay friends).
import type { Handler } from '../../protocol/router.js';
import { deleteFriendGroups } from '../../domain/relations/groups.js';
import { listField } from '../../domain/relations/request.js';

export const snsGroupDelete: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    deleteFriendGroups(app, userID, listField(body, 'GroupName'));
    return { CurrentSequence: app.relations.friendGroups.names(userID).length };
  },
};
