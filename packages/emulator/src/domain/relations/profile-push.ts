// A profile change reaches the user's other instances and everyone who has the
// user in their friend list (their SDK emits PROFILE_UPDATED for friends).
import type { App } from '../../app.js';
import type { Session } from '../../protocol/sessions.js';
import type { Profile } from '../../store/users.js';
import { pushProfileChanged } from './push.js';

export function announceProfileChange(
  app: App,
  userID: string,
  changes: Profile,
  sender?: Session,
): void {
  if (Object.keys(changes).length === 0) return;
  pushProfileChanged(app, userID, userID, changes, sender);
  for (const owner of app.relations.friends.ownersOf(userID))
    if (owner !== userID) pushProfileChanged(app, owner, userID, changes);
}
