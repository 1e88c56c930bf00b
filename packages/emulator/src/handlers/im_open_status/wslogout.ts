// im_open_status.wslogout: the instance leaves; its ticket stops working.
import type { Handler } from '../../protocol/router.js';

export const wslogout: Handler = {
  auth: 'user',
  handle({ app, session, userID }) {
    app.tickets.revokeInstance(userID, session.instanceID);
    if (session.userID === userID) session.userID = undefined;
    return {};
  },
};
