// openim.get_c2c_peer_mute_notifications: the caller's "do not disturb" flag per peer.
// The SDK needs an entry per peer: without one it leaves the conversation's remind type
// undefined and leaves that conversation out of its total unread count.
import type { Handler } from '../../protocol/router.js';
import { getC2cMute } from '../../store/c2c-mute.js';
import { stringList } from '../validate.js';

export const getC2cPeerMuteNotifications: Handler = {
  auth: 'user',
  handle: ({ app, body, userID }) => ({
    // 0 = receive and notify unless set_c2c_peer_mute_notifications stored another flag.
    // The SDK reads userID (Peer_Account) and muteFlag (MuteFlag) from each item.
    MuteNotificationsList: stringList(body.Peer_Account).map((peer) => {
      const flag = getC2cMute(app.db, userID, peer);
      return { Peer_Account: peer, MuteFlag: flag, To_Account: peer, MuteNotifications: flag };
    }),
  }),
};
