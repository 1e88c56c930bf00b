// sns.friend_delete: Delete_Type_Single (my list only) or Delete_Type_Both.
import type { Handler } from '../../protocol/router.js';
import { deleteFriendsAsAsked } from '../../domain/relations/remove.js';

export const friendDelete: Handler = {
  auth: 'user',
  handle: ({ app, body, userID }) => deleteFriendsAsAsked(app, userID, body),
};
