// sns.friend_check: the relation between the caller (A) and each user (B).
// CheckResult_Type_Single looks at A's list only.
import type { Handler } from '../../protocol/router.js';
import { relationOf } from '../../domain/relations/remove.js';
import { RelationCode } from '../../domain/relations/codes.js';
import { enumField, listField } from '../../domain/relations/request.js';
import { userIDProblem } from '../validate.js';

export const friendCheck: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const both =
      enumField(
        body,
        'CheckType',
        ['CheckResult_Type_Single', 'CheckResult_Type_Both'],
        'CheckResult_Type_Both',
      ) === 'CheckResult_Type_Both';
    const InfoItem = listField(body, 'To_Account').map((id) => {
      const problem = userIDProblem(id);
      if (problem)
        return {
          To_Account: String(id),
          Relation: 'CheckResult_Type_NoRelation',
          ResultCode: RelationCode.PARAM_INVALID,
          ResultInfo: `To_Account ${problem}`,
        };
      const to = id as string;
      return {
        To_Account: to,
        Relation: relationOf(app, userID, to, both),
        ResultCode: 0,
        ResultInfo: '',
      };
    });
    return { InfoItem, Fail_Account: [] };
  },
};
