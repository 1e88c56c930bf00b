// The other side of a relationship test: a nodePeer (logged in with nodePeer.login) acting through
// the real SDK in Node. See test/support/peer-relations.ts.
import { executeServerCommand } from '@web/test-runner-commands';

type AllowType =
  'AllowType_Type_AllowAny' | 'AllowType_Type_NeedConfirm' | 'AllowType_Type_DenyAny';

const peer = <T = unknown>(payload: Record<string, unknown>) =>
  executeServerCommand<T, unknown>('tim-peer', payload);

export const relationPeer = {
  /** SDK updateMyProfile options, e.g. { nick: 'Bob' }. */
  updateProfile: (userID: string, profile: Record<string, unknown>) =>
    peer({ action: 'updateProfile', userID, profile }),
  setAllowType: (userID: string, allowType: AllowType) =>
    peer({ action: 'updateProfile', userID, profile: { allowType } }),
  /** Resolves with the SDK's code: 0 added, 30539 pending, or the refusal code. */
  addFriend: (userID: string, to: string, wording?: string) =>
    peer<{ code: number }>({ action: 'addFriend', userID, to, wording }),
  /** Waits for a request from `from`, then agrees (both ways) or refuses it. */
  respondFriend: (userID: string, from: string, response: 'agree-and-add' | 'refuse') =>
    peer({ action: 'respondFriend', userID, from, response }),
  /** Waits until `friend` is in (present) or gone from the peer's friend list. */
  waitForFriend: (userID: string, friend: string, present = true) =>
    peer<{ remark: string }>({ action: 'waitForFriend', userID, friend, present }),
  /** Waits until the peer's SDK reads `of`'s nick as `nick` (a friend's profile push landed). */
  waitForProfile: (userID: string, of: string, nick: string) =>
    peer<{ nick: string }>({ action: 'waitForProfile', userID, of, nick }),
  /** Puts `blocked` on the peer's blacklist. */
  block: (userID: string, blocked: string) => peer({ action: 'block', userID, blocked }),
  /** Sends a C2C text; resolves with 0 or the code the send failed with. */
  trySendText: (userID: string, to: string, text: string) =>
    peer<{ code: number }>({ action: 'trySendText', userID, to, text }),
};
