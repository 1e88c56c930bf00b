// openim.get_c2c_peer_mute_notifications: per-peer "do not disturb"; none are set,
// and a plain OK (no list) is what the SDK accepted.
import type { Handler } from '../../protocol/router.js';

export const getC2cPeerMuteNotifications: Handler = { auth: 'user', handle: () => ({}) };
