// profile.portrait_set: the caller changes their own profile; values are
// checked (40001 names the bad tag), persisted, then pushed to the caller's
// other instances and to everyone who has the caller as a friend.
import type { Handler } from '../../protocol/router.js';
import { parseProfileItems } from '../../domain/profile.js';
import { announceProfileChange } from '../../domain/relations/profile-push.js';

export const portraitSet: Handler = {
  auth: 'user',
  handle({ app, body, userID, session }) {
    const changes = parseProfileItems(body.ProfileItem);
    app.users.setProfile(userID, changes);
    announceProfileChange(app, userID, changes, session);
    return {};
  },
};
