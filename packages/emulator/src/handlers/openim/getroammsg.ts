// openim.getroammsg: C2C history. GetDirection 0 (default, getMessageList):
// newest page first, each page oldest-first; the cursor is the oldest message
// of the previous page (LastMsgTime + MsgKey). GetDirection 1
// (getMessageListHopping newer): oldest first, from LastMsgTime on, or strictly
// after MsgKey when the SDK continues a hop; the cursor returned is the newest
// message of the page.
// Complete: 1 tells the SDK it reached the end in that direction (isCompleted).
import type { Handler } from '../../protocol/router.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import { toWire } from '../../store/messages.js';
import { roamNewer } from '../../store/messages-newer.js';
import { optInt, optString } from '../validate.js';

export const getroammsg: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const peer = optString(body, 'Peer_Account');
    if (!peer) throw new EmulatorError(ErrorCode.BAD_REQUEST, 'Peer_Account is required');
    const max = optInt(body, 'MaxCnt') ?? 15;
    const direction = optInt(body, 'GetDirection') ?? 0;
    if (direction !== 0 && direction !== 1)
      throw new EmulatorError(ErrorCode.BAD_REQUEST, 'GetDirection must be 0 or 1');
    const cursor = {
      msgKey: optString(body, 'MsgKey') ?? '',
      lastMsgTime: optInt(body, 'LastMsgTime') ?? 0,
    };
    const page =
      direction === 1
        ? roamNewer(app.db, app.messages, userID, peer, max, cursor)
        : app.messages.roam(userID, peer, max, cursor);
    const edge = direction === 1 ? page.messages[page.messages.length - 1] : page.messages[0];
    return {
      Complete: page.complete ? 1 : 0,
      MsgList: page.messages.map(toWire),
      LastMsgTime: edge?.msgTime ?? 0,
      MsgKey: edge?.msgKey ?? '',
    };
  },
};
