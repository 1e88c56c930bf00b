// sns.black_list_get: no blacklist yet. The paging fields are required: without
// StartIndex/CurruentSequence (sic, the SDK's spelling) the SDK re-asks in a loop.
import type { Handler } from '../../protocol/router.js';

export const blackListGet: Handler = {
  auth: 'user',
  handle: () => ({ BlackListItem: [], StartIndex: 0, CurruentSequence: 0 }),
};
