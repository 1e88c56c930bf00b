// sns.friend_get: no friends yet. CompleteFlag 1 ends the SDK's paging.
import type { Handler } from '../../protocol/router.js';

export const friendGet: Handler = {
  auth: 'user',
  handle: () => ({
    FriendNum: 0,
    NextStartIndex: 0,
    StandardSequence: 1,
    CustomSequence: 1,
    CompleteFlag: 1,
    UserDataItem: [],
  }),
};
