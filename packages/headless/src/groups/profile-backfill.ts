// The SDK adds a group it learns of by a push (an admin created it with me in it, someone
// invited me) by reading its profile in the background. In a burst its own limit (about 8 group
// profile reads a second) refuses those reads with 2996: the group then stays out of the list, or
// in it with no name and a member count of 0, until the next login. Such groups are read again
// here, one at a time (each read retries 2996); a successful read makes the SDK list the group.
import type { TimGroup } from './types.js';

export interface ProfileBackfill {
  /** Queues the listed groups the SDK left without a profile (every joined group has a member). */
  check(groups: readonly TimGroup[]): void;
  /** Queues a group an event says I am in, unless the list already has its profile by then. */
  expect(groupID: string): void;
  reset(): void;
}

export function createProfileBackfill(deps: {
  readProfile(groupID: string): Promise<unknown>;
  /** Listed, with a member count. */
  isComplete(groupID: string): boolean;
  canRead(): boolean;
  /** After a round of reads: the SDK has the groups in its map now, but emits no list for them. */
  reloadList(): Promise<void>;
  reportError(error: unknown): void;
}): ProfileBackfill {
  // Each group is read again once per session: a group whose profile really says 0 members
  // (an AVChatRoom the server does not count) must not be read in a loop.
  const tried = new Set<string>();
  const queue: string[] = [];
  let running = false;

  async function drain(): Promise<void> {
    running = true;
    let read = 0;
    try {
      // Give the SDK's own background read its chance first.
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (let groupID = queue.shift(); groupID !== undefined; groupID = queue.shift()) {
        if (!deps.canRead()) {
          // Not logged in (yet, or any more): forget them, so the next check queues them again.
          for (const id of [groupID, ...queue.splice(0)]) tried.delete(id);
          break;
        }
        if (deps.isComplete(groupID)) continue;
        await deps.readProfile(groupID).then(() => (read += 1), deps.reportError);
      }
      if (read > 0) await deps.reloadList().catch(deps.reportError);
    } finally {
      running = false;
    }
  }

  function enqueue(groupID: string): void {
    if (tried.has(groupID)) return;
    tried.add(groupID);
    queue.push(groupID);
    if (!running) void drain();
  }

  return {
    check(groups) {
      for (const group of groups) if (group.memberCount === 0) enqueue(group.groupID);
    },
    expect: enqueue,
    reset() {
      tried.clear();
      queue.length = 0;
    },
  };
}
