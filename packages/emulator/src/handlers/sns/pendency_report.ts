// sns.pendency_report: received applications up to LatestPendencyTimeStamp are
// read. The caller's SDK zeroes its count silently; the push makes every
// instance emit FRIEND_APPLICATION_LIST_UPDATED with unreadCount 0.
import type { Handler } from '../../protocol/router.js';
import { nowSeconds } from '../../store/db.js';
import { pushApplicationsRead } from '../../domain/relations/push.js';
import { intField } from '../../domain/relations/request.js';

export const pendencyReport: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const upTo = intField(body, 'LatestPendencyTimeStamp', nowSeconds());
    app.relations.pendencies.markRead(userID, upTo);
    pushApplicationsRead(app, userID, upTo);
    return {};
  },
};
