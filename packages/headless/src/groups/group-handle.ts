// One group's profile, members and the user's own membership, loaded on demand and refreshed when
// a tip or an action says they changed. Unchanged rows keep their object identity.
import { toTimError } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import { createSdkCall } from './call.js';
import { sameFlat, toTimGroup, toTimGroupMember } from './map-group.js';
import type { GroupHandle, TimGroup, TimGroupMember } from './types.js';

/** getGroupMemberList's largest page. */
export const MEMBER_PAGE_SIZE = 100;

export interface GroupHandleState {
  readonly handle: GroupHandle;
  /** A newer snapshot of the profile (from the joined list or an action's reply). */
  setProfile(group: TimGroup | null): void;
  /** Replaces the members whose userID matches (after a role, mute or name card change). */
  patchMembers(members: readonly TimGroupMember[]): void;
  /** Drops members that were kicked or left, without waiting for a reload. */
  removeMembers(userIDs: readonly string[]): void;
  /** True once members were loaded, so a change is worth a reload. */
  readonly hasMembers: boolean;
  /**
   * Reloads what is loaded of the given parts. Calls while one runs are merged into one more run:
   * the SDK refuses more than a few group-profile reads a second (2996).
   */
  reload(parts: { profile: boolean; members: boolean }): Promise<void>;
  reset(): void;
}

export function createGroupHandle(ctx: CoreContext, groupID: string): GroupHandleState {
  const profile = ctx.store<TimGroup | null>(null);
  const members = ctx.store<readonly TimGroupMember[]>([]);
  const isComplete = ctx.store(false);
  const self = ctx.store<TimGroupMember | null>(null);
  let nextOffset: number | string = 0;
  let loadedPages = 0;
  let inflight: Promise<void> | null = null;
  // Reads go through the 2996 retry: right after joining groups the SDK is busy reading their
  // profiles itself, and refuses a settings page's reads for a moment.
  const call = createSdkCall(ctx);
  // Bumped by reset() and full reloads, so a page from before them is dropped.
  let generation = 0;

  function setProfile(group: TimGroup | null): void {
    const current = profile.get();
    if (group && current && sameFlat(current, group)) return;
    profile.set(group);
  }

  function keepIdentity(next: TimGroupMember[]): TimGroupMember[] {
    const byID = new Map(members.get().map((m) => [m.userID, m]));
    return next.map((m) => {
      const previous = byID.get(m.userID);
      return previous && sameFlat(previous, m) ? previous : m;
    });
  }

  async function fetchPage(
    offset: number | string,
  ): Promise<{ list: TimGroupMember[]; next: number | string }> {
    const data = await call<{ memberList?: unknown[]; offset?: number | string }>(
      'groups.loadMembers',
      () => ctx.chat.getGroupMemberList({ groupID, count: MEMBER_PAGE_SIZE, offset }),
    );
    const list = (data.memberList ?? []).map(toTimGroupMember);
    return { list, next: data.offset ?? 0 };
  }

  async function loadNext(): Promise<void> {
    const op = 'groups.loadMembers';
    const startGeneration = generation;
    try {
      const page = await fetchPage(nextOffset);
      if (startGeneration !== generation) return;
      const known = new Set(members.get().map((m) => m.userID));
      members.set([...members.get(), ...page.list.filter((m) => !known.has(m.userID))]);
      loadedPages++;
      nextOffset = page.next;
      // The SDK answers offset 0 when no page is left.
      isComplete.set(page.next === 0 || page.next === '' || page.list.length === 0);
    } catch (error) {
      throw toTimError(error, op);
    }
  }

  /** Reloads as many pages as were loaded, as one replacement of the list. */
  async function reloadMembers(): Promise<void> {
    const pages = Math.max(loadedPages, 1);
    const startGeneration = ++generation;
    let offset: number | string = 0;
    const all: TimGroupMember[] = [];
    let done = false;
    for (let i = 0; i < pages && !done; i++) {
      const page = await fetchPage(offset);
      all.push(...page.list);
      offset = page.next;
      done = page.next === 0 || page.next === '' || page.list.length === 0;
    }
    if (startGeneration !== generation) return;
    members.set(keepIdentity(all));
    loadedPages = pages;
    nextOffset = offset;
    isComplete.set(done);
  }

  async function reloadProfile(): Promise<void> {
    const data = await call<{ group: unknown }>('groups.refresh', () =>
      ctx.chat.getGroupProfile({ groupID }),
    );
    setProfile(toTimGroup(data.group));
  }

  async function reloadSelf(): Promise<void> {
    const userID = ctx.selfID();
    const data = await call<{ memberList?: unknown[] }>('groups.refresh', () =>
      ctx.chat.getGroupMemberProfile({ groupID, userIDList: [userID] }),
    );
    const mine = (data.memberList ?? []).map(toTimGroupMember).find((m) => m.userID === userID);
    const current = self.get();
    if (!(mine && current && sameFlat(mine, current))) self.set(mine ?? null);
  }

  async function refresh(): Promise<void> {
    const op = 'groups.refresh';
    ctx.requireLogin(op);
    try {
      await Promise.all([reloadProfile(), reloadSelf()]);
      if (loadedPages > 0) await reloadMembers();
    } catch (error) {
      throw toTimError(error, op);
    }
  }

  let running: Promise<void> | null = null;
  let pending: { profile: boolean; members: boolean } | null = null;

  async function runReloads(parts: { profile: boolean; members: boolean }): Promise<void> {
    const work: Array<Promise<void>> = [];
    if (parts.profile && profile.get() !== null) work.push(reloadProfile());
    if (parts.members && self.get() !== null) work.push(reloadSelf());
    if (parts.members && loadedPages > 0) work.push(reloadMembers());
    await Promise.all(work);
  }

  function reload(parts: { profile: boolean; members: boolean }): Promise<void> {
    if (running) {
      pending = {
        profile: parts.profile || (pending?.profile ?? false),
        members: parts.members || (pending?.members ?? false),
      };
      return running;
    }
    running = runReloads(parts)
      .catch((error: unknown) => {
        throw toTimError(error, 'groups.refresh');
      })
      .finally(() => {
        running = null;
        const next = pending;
        pending = null;
        if (next)
          reload(next).catch((error: unknown) =>
            ctx.reportError(toTimError(error, 'groups.refresh')),
          );
      });
    return running;
  }

  const handle: GroupHandle = {
    groupID,
    $profile: profile.$,
    $members: members.$,
    $isMembersComplete: isComplete.$,
    $self: self.$,
    loadMembers() {
      if (inflight) return inflight;
      if (isComplete.get()) return Promise.resolve();
      try {
        ctx.requireLogin('groups.loadMembers');
      } catch (error) {
        return Promise.reject(error);
      }
      inflight = loadNext().finally(() => {
        inflight = null;
      });
      return inflight;
    },
    refresh,
  };

  return {
    handle,
    setProfile,
    patchMembers(changed) {
      const byID = new Map(changed.map((m) => [m.userID, m]));
      const current = members.get();
      if (current.some((m) => byID.has(m.userID)))
        members.set(keepIdentity(current.map((m) => byID.get(m.userID) ?? m)));
      const mine = self.get();
      const updated = mine && byID.get(mine.userID);
      if (updated && !sameFlat(updated, mine)) self.set(updated);
    },
    removeMembers(userIDs) {
      const gone = new Set(userIDs);
      const current = members.get();
      if (current.some((m) => gone.has(m.userID)))
        members.set(current.filter((m) => !gone.has(m.userID)));
    },
    reload,
    get hasMembers() {
      return loadedPages > 0;
    },
    reset() {
      generation++;
      inflight = null;
      pending = null;
      nextOffset = 0;
      loadedPages = 0;
      profile.set(null);
      members.set([]);
      isComplete.set(false);
      self.set(null);
    },
  };
}
