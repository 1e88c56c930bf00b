// openim.set_c2c_peer_mute_notifications: the caller's do-not-disturb flag for
// some peers (the SDK's setMessageRemindType). Persisted; the caller's other
// instances learn it through MuteNotificationsSync.
import type { Handler } from '../../protocol/router.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import { setC2cMute } from '../../store/c2c-mute.js';
import { c2cNotify } from '../../domain/c2c-notify.js';
import { stringList } from '../validate.js';

export const setC2cPeerMuteNotifications: Handler = {
  auth: 'user',
  handle({ app, body, userID, session }) {
    const peers = stringList(body.Peer_Account);
    const flag = body.Mute_Notifications;
    if (peers.length === 0 || typeof flag !== 'number' || !Number.isInteger(flag) || flag < 0)
      throw new EmulatorError(
        ErrorCode.BAD_REQUEST,
        'Peer_Account (a list) and an integer Mute_Notifications are required',
      );
    setC2cMute(app.db, userID, peers, flag);
    for (const peer of peers)
      app.sessions.push(
        userID,
        {
          EventArray: [c2cNotify({ MuteNotificationsSync: { To_Account: peer, MuteFlag: flag } })],
        },
        session,
      );
    return { ErrorList: [] };
  },
};
