// sns.pendency_get: friend applications; none yet.
import type { Handler } from '../../protocol/router.js';

export const pendencyGet: Handler = {
  auth: 'user',
  handle: () => ({ PendencyItem: [], StartTime: 0, UnreadPendencyCount: 0, CurrentSequence: 0 }),
};
