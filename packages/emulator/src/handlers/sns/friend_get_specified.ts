// sns.friend_get_specified: InfoItem is mandatory (without it the SDK throws 2903).
// Nobody is a friend yet, so every entry fails with 30001 "not a friend"; the SDK
// lists those under failureUserIDList.
import type { Handler } from '../../protocol/router.js';
import { stringList } from '../validate.js';

export const friendGetSpecified: Handler = {
  auth: 'user',
  handle: ({ body }) => ({
    InfoItem: stringList(body.To_Account).map((to) => ({
      To_Account: to,
      ResultCode: 30001,
      ResultInfo: 'not a friend',
      SnsProfileItem: [],
    })),
  }),
};
