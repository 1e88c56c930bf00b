// heartbeat.alive: the SDK's ping; answered even before login (it pings at once).
import type { Handler } from '../../protocol/router.js';

export const alive: Handler = { auth: 'none', handle: () => ({}) };
