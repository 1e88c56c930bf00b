// profile.portrait_get_all: profiles of the listed users. Unknown users answer
// ResultCode 0 with no items, which is what the SDK was seen to accept.
import type { Handler } from '../../protocol/router.js';
import { profileItems } from '../../domain/profile.js';
import { isRecord, optArray } from '../validate.js';

export const portraitGetAll: Handler = {
  auth: 'user',
  handle({ app, body }) {
    const items = optArray(body, 'UserItem') ?? [];
    const UserProfileItem = items.filter(isRecord).map((item) => {
      const to = String(item.To_Account ?? '');
      const user = app.users.get(to);
      return { To_Account: to, ResultCode: 0, ProfileItem: user ? profileItems(user.profile) : [] };
    });
    return { UserProfileItem };
  },
};
