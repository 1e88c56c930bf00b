// Shared by the recentcontact.* handlers: reading the SDK's contact items and
// telling the caller's other instances what changed (RecentContactMod pushes,
// routed by PushType: 1 deleted, 2 pinned, 3 unpinned, 4 marks changed).
import type { App } from '../app.js';
import type { Session } from '../protocol/sessions.js';
import { EmulatorError, ErrorCode } from '../protocol/errors.js';
import { isRecord } from '../handlers/validate.js';

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
  except: Session,
): void {
  app.sessions.push(userID, { EventArray: [{ Event: 12, RecentContactMod: [mod] }] }, except);
}

/** Group conversations belong to the group slice; C2C handlers refuse them clearly. */
export const GROUP_CONTACT_UNSUPPORTED = {
  code: ErrorCode.UNSUPPORTED_COMMAND,
  info: 'group conversations are not handled by this command in the emulator',
};
