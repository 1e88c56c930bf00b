// @tim-kit/headless/compat: the seed's tencentIm API (74 operations by their seed names, with the
// seed's params, callbacks and numeric enums) over the headless core. See docs/seed-mapping.md.
export { createTencentIm, type TencentIm, type TencentImOptions } from './create-tencent-im.js';
export type { SeedCallback, SeedErr, SeedRet, SeedOperation } from './runner.js';
export type { SeedOperationName, SeedOperations } from './operations.js';
export { LISTENER_NAMES } from './operations.js';
export {
  ConversationType,
  ElemType,
  MessageStatus,
  SnsTipsType,
  GroupPendencyType,
} from './enums.js';
export type { SeedMessage, SeedElem } from './convert-message.js';
export type { SeedProfile, SeedFriend } from './convert-friend.js';
export { INVALID_PARAMS_CODE, NOT_INITIALIZED_CODE, SNS_INVALID_PARAMS_CODE } from './params.js';
