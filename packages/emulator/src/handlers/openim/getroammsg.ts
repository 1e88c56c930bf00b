// openim.getroammsg: C2C history, newest page first, each page oldest-first.
// The cursor is the oldest message of the previous page (LastMsgTime + MsgKey);
// Complete: 1 tells getMessageList it reached the start (isCompleted).
import type { Handler } from '../../protocol/router.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import { toWire } from '../../store/messages.js';
import { optInt, optString } from '../validate.js';

export const getroammsg: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const peer = optString(body, 'Peer_Account');
    if (!peer) throw new EmulatorError(ErrorCode.BAD_REQUEST, 'Peer_Account is required');
    const max = optInt(body, 'MaxCnt') ?? 15;
    const page = app.messages.roam(userID, peer, max, {
      msgKey: optString(body, 'MsgKey') ?? '',
      lastMsgTime: optInt(body, 'LastMsgTime') ?? 0,
    });
    const oldest = page.messages[0];
    return {
      Complete: page.complete ? 1 : 0,
      MsgList: page.messages.map(toWire),
      LastMsgTime: oldest?.msgTime ?? 0,
      MsgKey: oldest?.msgKey ?? '',
    };
  },
};
