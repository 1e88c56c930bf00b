// The one place a friendship row is written or dropped, with its pushes, so
// adding by request, by acceptance or by REST all look the same to clients.
import type { App } from '../../app.js';
import { nowSeconds } from '../../store/db.js';
import { RelationLimit } from './codes.js';
import { pushApplicationsDeleted, pushFriendsAdded, pushFriendsDeleted } from './push.js';

export interface NewFriendship {
  ownerID: string;
  friendID: string;
  remark: string;
  source: string;
  wording: string;
  /** Friend group to put the friend in ('' for none); created if missing and allowed. */
  groupName: string;
}

export function befriend(app: App, f: NewFriendship): boolean {
  const rel = app.relations;
  const added = rel.friends.add({
    ownerID: f.ownerID,
    friendID: f.friendID,
    remark: f.remark,
    addSource: f.source,
    addWording: f.wording,
    addTime: nowSeconds(),
    custom: {},
  });
  if (!added) return false;
  if (f.groupName !== '') {
    const exists = rel.friendGroups.exists(f.ownerID, f.groupName);
    if (!exists && rel.friendGroups.names(f.ownerID).length < RelationLimit.FRIEND_GROUPS)
      rel.friendGroups.create(f.ownerID, f.groupName, nowSeconds());
    if (rel.friendGroups.exists(f.ownerID, f.groupName))
      rel.friendGroups.addMember(f.ownerID, f.groupName, f.friendID);
  }
  pushFriendsAdded(app, f.ownerID, [f.friendID]);
  return true;
}

/** Removes `friendID` from `ownerID`'s list; pushes only when it was there. */
export function unfriend(app: App, ownerID: string, friendID: string): boolean {
  const removed = app.relations.friends.remove(ownerID, friendID);
  if (removed) pushFriendsDeleted(app, ownerID, [friendID]);
  return removed;
}

/** Drops applications between two users in either direction, telling both. */
export function forgetApplications(app: App, a: string, b: string): void {
  const p = app.relations.pendencies;
  const ab = p.remove(a, b);
  const ba = p.remove(b, a);
  if (ab || ba) {
    pushApplicationsDeleted(app, a, [b]);
    pushApplicationsDeleted(app, b, [a]);
  }
}
