// sns.pendency_get: friend applications received, sent, or both, with the
// unread count of received ones.
import type { Handler } from '../../protocol/router.js';
import { PendencyType, pendencyPage } from '../../domain/relations/lists.js';
import { intField } from '../../domain/relations/request.js';
import { optString } from '../validate.js';

export const pendencyGet: Handler = {
  auth: 'user',
  handle: ({ app, body, userID }) =>
    pendencyPage(
      app,
      userID,
      optString(body, 'PendencyType') ?? PendencyType.BOTH,
      intField(body, 'StartTime', 0),
      intField(body, 'MaxLimited', 100) || 100,
    ),
};
