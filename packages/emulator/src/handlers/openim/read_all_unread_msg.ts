// openim.read_all_unread_msg: "mark everything read" (SDK setAllMessageRead).
// C2C part: C2CReadAllMsg 1 resets every C2C unread count and tells the
// caller's other instances (Event 14). Group part: GroupReadInfo lists
// [{GroupId, MsgSeq}] for each group the SDK holds unread; each is read up to
// MsgSeq (with its @ tips) and answered in GroupReadInfoArray with a RetCode,
// so one group the caller has left does not fail the others.
import type { Handler } from '../../protocol/router.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import { GroupCode } from '../../domain/groups/codes.js';
import { markGroupRead } from '../../domain/groups/read-state.js';
import { isRecord, optArray } from '../validate.js';

/** More entries than anyone's joined groups is a client bug. */
const MAX_GROUP_READ_ENTRIES = 10000;

interface GroupRead {
  groupID: string;
  seq: number;
}

function groupReadInfo(body: Record<string, unknown>): GroupRead[] {
  const list = optArray(body, 'GroupReadInfo') ?? [];
  const bad = (why: string) => new EmulatorError(ErrorCode.BAD_REQUEST, `GroupReadInfo: ${why}`);
  if (list.length > MAX_GROUP_READ_ENTRIES) throw bad(`at most ${MAX_GROUP_READ_ENTRIES} entries`);
  return list.map((entry) => {
    if (!isRecord(entry)) throw bad('each entry must be an object');
    const { GroupId: groupID, MsgSeq: seq } = entry;
    if (typeof groupID !== 'string' || groupID === '')
      throw bad('GroupId must be a non-empty string');
    if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 0)
      throw bad('MsgSeq must be a non-negative integer');
    return { groupID, seq };
  });
}

export const readAllUnreadMsg: Handler = {
  auth: 'user',
  handle({ app, body, userID, session }) {
    const c2c = body.C2CReadAllMsg === 1;
    const groups = groupReadInfo(body);
    if (c2c) {
      const now = app.now();
      for (const { peer } of app.conversations.unreadPairs(userID))
        app.conversations.markRead(userID, peer, now);
      app.sessions.push(userID, { EventArray: [{ Event: 14, C2CReadAllMsg: 1 }] }, session);
    }
    const GroupReadInfoArray = groups.map(({ groupID, seq }) => {
      const g = app.groups.groups.get(groupID);
      if (!g) return { GroupId: groupID, MsgSeq: seq, RetCode: GroupCode.NOT_FOUND };
      if (!app.groups.members.get(groupID, userID))
        return { GroupId: groupID, MsgSeq: seq, RetCode: GroupCode.NO_PERMISSION };
      return { GroupId: groupID, MsgSeq: markGroupRead(app, g, userID, seq), RetCode: 0 };
    });
    return { C2CReadAllMsg: c2c ? 1 : 0, GroupReadInfoArray };
  },
};
