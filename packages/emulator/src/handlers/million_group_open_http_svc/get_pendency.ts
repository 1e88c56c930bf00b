// million_group_open_http_svc.get_pendency: applications to Community groups
// the caller manages (the SDK asks this variant with type Community).
import type { Handler } from '../../protocol/router.js';
import { pendencyPage } from '../group_open_http_svc/get_pendency.js';

export const millionGetPendency: Handler = {
  auth: 'user',
  handle: ({ app, body, userID }) => pendencyPage(app, userID, body, true),
};
