// openim.get_c2c_peer_mute_notifications: the caller's "do not disturb" flag per peer.
// The SDK needs an entry per peer: without one it leaves the conversation's remind type
// undefined and leaves that conversation out of its total unread count.
import type { Handler } from '../../protocol/router.js';
import { stringList } from '../validate.js';

export const getC2cPeerMuteNotifications: Handler = {
  auth: 'user',
  handle: ({ body }) => ({
    // 0 = receive and notify; per-peer settings arrive with set_c2c_peer_mute_notifications.
    MuteNotificationsList: stringList(body.Peer_Account).map((peer) => ({
      To_Account: peer,
      MuteNotifications: 0,
    })),
  }),
};
