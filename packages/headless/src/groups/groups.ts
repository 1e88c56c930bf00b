// The groups domain: the joined list, a handle per group (profile, members, own membership),
// join applications, and group events from tips and system notices. Actions live in
// membership.ts and profile.ts; this file wires them to the stores and the SDK's events.
import { toTimError } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import { createLoadState } from '../internal/load-state.js';
import type { SdkEventHandlers } from '../sdk/events.js';
import { SdkEvent, type SdkMessage, type SdkResponse } from '../sdk/types.js';
import { createApplications } from './applications.js';
import { createSdkCall } from './call.js';
import { staleParts, toGroupEvent } from './events.js';
import { createGroupHandle, type GroupHandleState } from './group-handle.js';
import { sameFlat, toTimGroup } from './map-group.js';
import { createMembership } from './membership.js';
import { createProfileActions } from './profile.js';
import { createProfileBackfill } from './profile-backfill.js';
import type { TimGroup, TimGroupEvent, TimGroups } from './types.js';
import { checkGroupID } from './validate.js';

/** Notices that put me in a group, which the SDK then lists once it has read the profile. */
const JOINED = new Set<TimGroupEvent['kind']>(['created', 'invited', 'application-accepted']);

export function createGroups(ctx: CoreContext): {
  api: TimGroups;
  handlers: SdkEventHandlers;
} {
  const groups = ctx.store<readonly TimGroup[]>([]);
  const events = ctx.store<TimGroupEvent | null>(null);
  const listeners = new Set<(event: TimGroupEvent) => void>();
  const handles = new Map<string, GroupHandleState>();
  const applications = createApplications(ctx);
  const call = createSdkCall(ctx);
  const loadState = createLoadState(ctx);

  ctx.onSessionReset(() => {
    groups.set([]);
    events.set(null);
    for (const state of handles.values()) state.reset();
  });

  function handleState(groupID: string): GroupHandleState {
    let state = handles.get(groupID);
    if (!state) {
      state = createGroupHandle(ctx, groupID);
      handles.set(groupID, state);
      const known = groups.get().find((g) => g.groupID === groupID);
      if (known) state.setProfile(known);
    }
    return state;
  }

  function applyList(list: readonly unknown[]): void {
    const previous = new Map(groups.get().map((g) => [g.groupID, g]));
    const next = list.map((raw) => {
      const mapped = toTimGroup(raw);
      const old = previous.get(mapped.groupID);
      return old && sameFlat(old, mapped) ? old : mapped;
    });
    const current = groups.get();
    if (next.length !== current.length || next.some((g, i) => g !== current[i])) groups.set(next);
    for (const group of next) handles.get(group.groupID)?.setProfile(group);
    // Lists announced while the SDK still syncs may be partial; the first one after ready counts.
    if (ctx.chat.isReady()) {
      loadState.loaded();
      backfill.check(next);
    }
  }

  function patchListEntry(group: TimGroup): void {
    const current = groups.get();
    const index = current.findIndex((g) => g.groupID === group.groupID);
    const old = current[index];
    if (old === undefined || sameFlat(old, group)) return;
    groups.set(current.map((g, i) => (i === index ? group : g)));
  }

  /** Something changed a group; reload what its handle has loaded, reporting failures. */
  function reloadHandle(groupID: string, what: { profile: boolean; members: boolean }): void {
    const state = handles.get(groupID);
    if (!state || ctx.loginStatus.get() !== 'logged-in') return;
    state
      .reload(what)
      .catch((error: unknown) => ctx.reportError(toTimError(error, 'groups.refresh')));
  }

  // No login check: SDK_READY fires before the auth domain reports 'logged-in'.
  async function loadList(operation: string): Promise<void> {
    try {
      const { data } = (await ctx.chat.getGroupList()) as SdkResponse<{ groupList?: unknown[] }>;
      applyList(data.groupList ?? []);
    } catch (error) {
      throw toTimError(error, operation);
    }
  }

  function emit(event: TimGroupEvent): void {
    events.set(event);
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch (error) {
        ctx.reportError(toTimError(error, 'groups.onEvent'));
      }
    }
  }

  function onMessages(messages: readonly SdkMessage[]): void {
    for (const message of messages) {
      const event = toGroupEvent(message);
      if (!event) continue;
      emit(event);
      if (event.kind === 'member-quit' || event.kind === 'member-kicked')
        handles.get(event.groupID)?.removeMembers(event.userIDs);
      reloadHandle(event.groupID, staleParts(event));
      if (JOINED.has(event.kind)) backfill.expect(event.groupID);
      if (event.kind === 'application-received') {
        applications
          .load('groups.loadApplications')
          .catch((error: unknown) => ctx.reportError(toTimError(error, 'groups.loadApplications')));
      }
    }
  }

  function profileLoaded(group: TimGroup): void {
    handleState(group.groupID).setProfile(group);
    patchListEntry(group);
  }

  const membership = createMembership({
    chat: ctx.chat,
    call,
    selfID: ctx.selfID,
    changed: (groupID) => reloadHandle(groupID, { profile: true, members: true }),
    removed: (groupID, userIDs) => handles.get(groupID)?.removeMembers(userIDs),
    left: (groupID) => handles.get(groupID)?.reset(),
    created: (group) => profileLoaded(group),
  });

  const profile = createProfileActions({
    chat: ctx.chat,
    call,
    selfID: ctx.selfID,
    profileLoaded,
    membersLoaded: (groupID, members) => handleState(groupID).patchMembers(members),
    receiveOptionSet(groupID, option) {
      const state = handleState(groupID);
      const current = state.handle.$profile.get();
      if (current) state.setProfile({ ...current, receiveOption: option });
      const listed = groups.get().find((g) => g.groupID === groupID);
      if (listed) patchListEntry({ ...listed, receiveOption: option });
    },
  });

  const handlers: SdkEventHandlers = {
    [SdkEvent.GROUP_LIST_UPDATED]: (event) => {
      if (Array.isArray(event.data)) applyList(event.data);
    },
    [SdkEvent.MESSAGE_RECEIVED]: (event) => {
      if (Array.isArray(event.data)) onMessages(event.data as SdkMessage[]);
    },
    // The SDK emits the list after ready; loading it here makes that certain, and the
    // applications list has no event of its own at login.
    [SdkEvent.SDK_READY]: () => {
      for (const load of [loadList, applications.load]) {
        load('groups.refresh').catch((error: unknown) => {
          if (load === loadList) loadState.failed();
          ctx.reportError(toTimError(error, 'groups'));
        });
      }
    },
  };

  const backfill = createProfileBackfill({
    readProfile: (groupID) => profile.getProfile(groupID),
    isComplete: (groupID) => groups.get().some((g) => g.groupID === groupID && g.memberCount > 0),
    canRead: () => ctx.loginStatus.get() === 'logged-in',
    reloadList: () => loadList('groups.refresh'),
    reportError: (error) => ctx.reportError(toTimError(error, 'groups.refresh')),
  });
  ctx.onSessionReset(() => backfill.reset());
  // The SDK lists the groups at SDK_READY, just before the auth domain reports 'logged-in'.
  ctx.loginStatus.$.listen((status) => {
    if (status === 'logged-in') backfill.check(groups.get());
  });

  const api: TimGroups = {
    $groups: groups.$,
    $loadState: loadState.$,
    $applications: applications.$,
    $events: events.$,
    onEvent(listener) {
      ctx.assertAlive('groups.onEvent');
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    group(groupID) {
      checkGroupID(groupID, 'groups.group');
      return handleState(groupID).handle;
    },
    async refresh() {
      ctx.requireLogin('groups.refresh');
      await loadList('groups.refresh');
    },
    ...membership,
    ...profile,
    async loadApplications() {
      ctx.requireLogin('groups.loadApplications');
      await applications.load('groups.loadApplications');
    },
    async handleApplication(application, decision, note) {
      const groupID = await applications.handle(application, decision, note);
      if (decision === 'accept') reloadHandle(groupID, { profile: true, members: true });
    },
    markApplicationsRead: () => applications.markRead(),
  };
  return { api, handlers };
}
