// sns.friend_get: the caller's friends, 100 per page (CompleteFlag 1 on the last).
import type { Handler } from '../../protocol/router.js';
import { friendPage } from '../../domain/relations/lists.js';
import { intField } from '../../domain/relations/request.js';

export const friendGet: Handler = {
  auth: 'user',
  handle: ({ app, body, userID }) => friendPage(app, userID, intField(body, 'StartIndex', 0)),
};
