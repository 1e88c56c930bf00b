// profile.portrait_set: the caller changes their own profile; values are checked
// (40001 names the bad tag) and persisted.
import type { Handler } from '../../protocol/router.js';
import { parseProfileItems } from '../../domain/profile.js';

export const portraitSet: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    app.users.setProfile(userID, parseProfileItems(body.ProfileItem));
    return {};
  },
};
