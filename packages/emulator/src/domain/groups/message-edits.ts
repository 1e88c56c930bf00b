// Group message delete-for-me and modify, as group_msg_get and pushes show
// them. A message a member deleted stays in the group for everyone else; in
// that member's history it becomes a placeholder (IsPlaceMsg 1, which the SDK
// skips while still paging by its sequence), so the list keeps no gaps.
import type { App } from '../../app.js';
import type { Session } from '../../protocol/sessions.js';
import type { GroupRow } from '../../store/groups/groups.js';
import type { StoredGroupMessage } from '../../store/groups/group-messages.js';
import { groupMessageVersions, hiddenGroupSeqs } from '../../store/groups/group-message-edits.js';
import { groupMessageWire } from './wire.js';
import { pushToUsers } from './notify.js';

/** Tencent's push event for a modified group message (C2C's is 23); the SDK routes by key. */
export const GROUP_MSG_MODIFIED_EVENT = 22;

/**
 * Per-message fields one member's history adds on top of the stored message:
 * its version (the SDK's message.version, which the next modify sends back)
 * and, for a message this member deleted, the placeholder marks.
 */
export function historyOverlay(
  app: App,
  userID: string,
  groupID: string,
  seqs: number[],
): (seq: number) => Record<string, unknown> {
  const versions = groupMessageVersions(app.db, groupID, seqs);
  const hidden = hiddenGroupSeqs(app.db, userID, groupID, seqs);
  return (seq) => ({
    MsgVersion: versions.get(seq) ?? 0,
    ...(hidden.has(seq) ? { IsPlaceMsg: 1, MsgBody: [], CloudCustomData: '' } : {}),
  });
}

/** The message as a modify reply, conflict or push carries it. */
export function modifiedMessageWire(
  app: App,
  g: GroupRow,
  m: StoredGroupMessage,
  version: number,
): Record<string, unknown> {
  return {
    ...groupMessageWire(g, m, '', app.users.get(m.from)?.tinyId),
    MsgVersion: version,
  };
}

/** Every member's instances but the one that asked: their SDK emits MESSAGE_MODIFIED. */
export function pushModified(
  app: App,
  g: GroupRow,
  wire: Record<string, unknown>,
  except?: Session,
): void {
  pushToUsers(
    app,
    app.groups.members.list(g.groupID).map((m) => m.userID),
    { EventArray: [{ Event: GROUP_MSG_MODIFIED_EVENT, GroupMsgModNotifys: [wire] }] },
    except,
  );
}
