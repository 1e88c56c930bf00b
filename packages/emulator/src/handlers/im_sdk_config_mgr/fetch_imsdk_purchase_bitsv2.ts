// im_sdk_config_mgr.fetch_imsdk_purchase_bitsv2: feature flags; all ones = every
// paid feature on, so the UI kit can exercise all of them locally.
import type { Handler } from '../../protocol/router.js';

export const fetchPurchaseBits: Handler = {
  auth: 'user',
  style: 'config',
  handle: () => ({ str_purchase_bits: '1'.repeat(64), uint32_expired_time: 86400 }),
};
