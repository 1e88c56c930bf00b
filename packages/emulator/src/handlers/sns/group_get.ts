// sns.group_get: the caller's friend groups with their members
// (NeedFriend=Need_Friend_Type_Yes, which the SDK always sends).
import type { Handler } from '../../protocol/router.js';

export const snsGroupGet: Handler = {
  auth: 'user',
  handle({ app, body, userID }) {
    const groups = app.relations.friendGroups;
    const withFriends = body.NeedFriend !== 'Need_Friend_Type_No';
    const ResultItem = groups.names(userID).map((name) => {
      const members = groups.members(userID, name);
      return {
        GroupName: name,
        FriendNumber: members.length,
        ...(withFriends ? { To_Account: members } : {}),
      };
    });
    return { ResultItem, CurrentSequence: ResultItem.length };
  },
};
