// sns.pendency_delete: drop received (ComeIn) or sent (SendOut) applications;
// both sides' SDKs refetch their application lists on the push.
import type { Handler } from '../../protocol/router.js';
import { deleteApplications } from '../../domain/relations/lists.js';
import { pushApplicationsDeleted } from '../../domain/relations/push.js';
import { failedAccounts, listField } from '../../domain/relations/request.js';
import { optString } from '../validate.js';

export const pendencyDelete: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const type = optString(body, 'PendencyType') ?? 'Pendency_Type_ComeIn';
    const ids = listField(body, 'To_Account');
    const removed: string[] = [];
    const ResultItem = deleteApplications(app, userID, type, ids, (other) => {
      removed.push(other);
      pushApplicationsDeleted(app, other, [userID]);
    });
    pushApplicationsDeleted(app, userID, removed);
    return { ResultItem, Fail_Account: failedAccounts(ResultItem) };
  },
};
