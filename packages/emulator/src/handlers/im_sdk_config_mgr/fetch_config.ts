// im_sdk_config_mgr.fetch_config: cloud control config. Empty JSON = SDK defaults.
import type { Handler } from '../../protocol/router.js';

export const fetchConfig: Handler = {
  auth: 'user',
  style: 'config',
  handle: ({ app }) => ({
    str_json_config: '{}',
    uint32_expired_time: 86400,
    uint32_sdkappid: app.config.sdkAppID,
    uint64_version: 1,
  }),
};
