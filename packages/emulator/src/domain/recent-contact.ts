// Shared by the recentcontact.* handlers: reading the SDK's contact items and
// telling the caller's other instances what changed (RecentContactMod pushes,
// routed by PushType: 1 deleted, 2 pinned, 3 unpinned, 4 marks changed). Group
// items (Type 2) keep their per-user state in store/group-contacts.ts.
import type { App } from '../app.js';
import type { Session } from '../protocol/sessions.js';
import { EmulatorError, ErrorCode } from '../protocol/errors.js';
import { isRecord } from '../handlers/validate.js';
import { GroupCode } from './groups/codes.js';

export type ContactItem = { type: 1; peer: string } | { type: 2; groupID: string };

export function readContactItem(v: unknown): ContactItem {
  if (isRecord(v)) {
    if (v.Type === 1 && typeof v.To_Account === 'string' && v.To_Account !== '')
      return { type: 1, peer: v.To_Account };
    const gid = v.ToGroupid ?? v.ToGroupId ?? v.GroupId;
    if (v.Type === 2 && typeof gid === 'string' && gid !== '') return { type: 2, groupID: gid };
  }
  throw new EmulatorError(
    ErrorCode.BAD_REQUEST,
    'a contact item needs Type 1 + To_Account or Type 2 + ToGroupid',
  );
}

/** The wire form in pushes; the SDK reads type + userID / groupID. */
export function wireContact(c: ContactItem): Record<string, unknown> {
  return c.type === 1
    ? { Type: 1, UserId: c.peer, To_Account: c.peer }
    : { Type: 2, GroupId: c.groupID };
}

export function pushRecentContactMod(
  app: App,
  userID: string,
  mod: Record<string, unknown>,
  except?: Session,
): void {
  app.sessions.push(userID, { EventArray: [{ Event: 12, RecentContactMod: [mod] }] }, except);
}

/**
 * A group conversation's current end of history: deleting or clearing it hides
 * everything up to here for the caller. An unknown group counts as empty, so a
 * dismissed group's conversation can still be deleted.
 */
export function groupLastSeq(app: App, groupID: string): number {
  return app.groups.groups.get(groupID)?.lastSeq ?? 0;
}

/** Pin and mark name an existing group (10010 otherwise, as the group commands answer). */
export function requireKnownGroup(app: App, groupID: string): void {
  if (!app.groups.groups.exists(groupID))
    throw new EmulatorError(
      GroupCode.NOT_FOUND,
      `group ${groupID} does not exist or was dismissed`,
    );
}
