// openim.get_peer_read_time: when each peer last read their side of the chat.
import type { Handler } from '../../protocol/router.js';
import { stringList } from '../validate.js';

export const getPeerReadTime: Handler = {
  auth: 'user',
  handle: ({ app, body, userID }) => ({
    PeerReadTimeItem: stringList(body.To_Account).map((peer) => ({
      To_Account: peer,
      PeerReadTime: app.conversations.readTime(peer, userID),
    })),
  }),
};
