// sns.black_list_get: paged blacklist. The SDK asks again while the reply's
// StartIndex is not 0; without the paging fields it loops thousands of times.
import type { Handler } from '../../protocol/router.js';
import { blacklistPage } from '../../domain/relations/lists.js';
import { intField } from '../../domain/relations/request.js';

export const blackListGet: Handler = {
  auth: 'user',
  handle: ({ app, body, userID }) =>
    blacklistPage(
      app,
      userID,
      intField(body, 'StartIndex', 0),
      intField(body, 'MaxLimited', 1000) || 1000,
    ),
};
