// sns.friend_get_specified: relationship and profile tags of the listed
// friends. InfoItem is mandatory (without it the SDK throws 2903); a user who
// is not a friend gets ResultCode 30001, which the SDK lists under
// failureUserIDList.
import type { Handler } from '../../protocol/router.js';
import { RelationCode } from '../../domain/relations/codes.js';
import { friendItems } from '../../domain/relations/wire.js';
import { listField, optListField } from '../../domain/relations/request.js';
import { stringList } from '../validate.js';

export const friendGetSpecified: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const ids = listField(body, 'To_Account');
    const tags = stringList(optListField(body, 'TagList'));
    const InfoItem = ids.map((id) => {
      const to = String(id);
      const row = typeof id === 'string' ? app.relations.friends.get(userID, id) : undefined;
      if (!row)
        return {
          To_Account: to,
          ResultCode: RelationCode.PARAM_INVALID,
          ResultInfo: `"${to}" is not in your friend list`,
          SnsProfileItem: [],
        };
      const items = friendItems(app, row).filter((i) => tags.length === 0 || tags.includes(i.Tag));
      return { To_Account: to, ResultCode: 0, ResultInfo: '', SnsProfileItem: items };
    });
    return { InfoItem };
  },
};
