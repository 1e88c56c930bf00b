// openim.get_peer_read_time: when each peer last read their side of the chat.
// SDK 3.6.6 reads `ReadTime`, a list of seconds in To_Account order (its keyMap maps it to
// peerReadTimeList); `PeerReadTimeItem` is the per-peer shape seen in the recorded frames.
import type { Handler } from '../../protocol/router.js';
import { stringList } from '../validate.js';

export const getPeerReadTime: Handler = {
  auth: 'user',
  handle: ({ app, body, userID }) => {
    const items = stringList(body.To_Account).map((peer) => ({
      To_Account: peer,
      PeerReadTime: app.conversations.readTime(peer, userID),
    }));
    return { ReadTime: items.map((i) => i.PeerReadTime), PeerReadTimeItem: items };
  },
};
