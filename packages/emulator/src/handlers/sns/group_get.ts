// sns.group_get: friend groups; none yet.
import type { Handler } from '../../protocol/router.js';

export const snsGroupGet: Handler = {
  auth: 'user',
  handle: () => ({ ResultItem: [], CurrentSequence: 0 }),
};
