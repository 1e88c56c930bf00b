// The own profile and other users' profiles. Every profile the core sees (its own, friends',
// fetched ones, pushed changes) lands in one cache, so cachedProfile() answers without a network
// call and getProfiles() only fetches what it does not know yet unless asked to force.
import { toTimError } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import { createLoadState } from '../internal/load-state.js';
import { validateUserID, validateUserIDs } from '../internal/user-ids.js';
import type { SdkEventHandlers } from '../sdk/events.js';
import { SdkEvent, type SdkProfile, type SdkResponse } from '../sdk/types.js';
import { sameProfile, toTimProfile } from './map-profile.js';
import type { TimProfile, TimProfiles } from './types.js';
import { toSdkProfileUpdate } from './validate-profile.js';

/** The SDK fetches at most 1000 users per getUserProfile call and silently drops the rest. */
export const MAX_PROFILE_USERS = 1000;

export interface ProfileDomain {
  api: TimProfiles;
  handlers: SdkEventHandlers;
  /** Adds profiles the SDK handed another domain (friends carry theirs) to the cache. */
  remember(profiles: readonly TimProfile[]): void;
}

export function createProfile(ctx: CoreContext): ProfileDomain {
  const self = ctx.store<TimProfile | null>(null);
  let cache = new Map<string, TimProfile>();
  const loadState = createLoadState(ctx);

  ctx.onSessionReset(() => {
    cache = new Map();
    self.set(null);
  });

  function remember(profiles: readonly TimProfile[]): void {
    const selfID = ctx.selfID();
    for (const profile of profiles) {
      if (profile.userID === '') continue;
      cache.set(profile.userID, profile);
      if (profile.userID === selfID) {
        const current = self.get();
        if (!current || !sameProfile(current, profile)) self.set(profile);
        loadState.loaded();
      }
    }
  }

  async function readSelf(operation: string): Promise<TimProfile> {
    try {
      const { data } = (await ctx.chat.getMyProfile()) as SdkResponse<SdkProfile>;
      const profile = toTimProfile(data, ctx.selfID());
      remember([profile]);
      return profile;
    } catch (error) {
      throw toTimError(error, operation);
    }
  }

  async function fetchProfiles(userIDs: string[], operation: string): Promise<TimProfile[]> {
    try {
      const { data } = (await ctx.chat.getUserProfile({ userIDList: userIDs })) as SdkResponse<
        SdkProfile[]
      >;
      const profiles = (Array.isArray(data) ? data : []).map((p) => toTimProfile(p));
      remember(profiles);
      return profiles;
    } catch (error) {
      throw toTimError(error, operation);
    }
  }

  async function getProfiles(
    userIDs: readonly string[],
    options: { force?: boolean } = {},
  ): Promise<TimProfile[]> {
    const op = 'profile.getProfiles';
    const ids = validateUserIDs(userIDs, op, { max: MAX_PROFILE_USERS });
    ctx.requireLogin(op);
    const missing = options?.force ? ids : ids.filter((id) => !cache.has(id));
    const fetched = missing.length > 0 ? await fetchProfiles(missing, op) : [];
    const byID = new Map(fetched.map((p) => [p.userID, p]));
    return ids.flatMap((id) => {
      const profile = byID.get(id) ?? cache.get(id);
      return profile ? [profile] : [];
    });
  }

  async function updateSelf(
    changes: Parameters<TimProfiles['updateSelf']>[0],
  ): Promise<TimProfile> {
    const op = 'profile.updateSelf';
    ctx.assertAlive(op);
    const options = toSdkProfileUpdate(changes, op);
    ctx.requireLogin(op);
    try {
      await ctx.chat.updateMyProfile(options as Parameters<typeof ctx.chat.updateMyProfile>[0]);
    } catch (error) {
      throw toTimError(error, op);
    }
    // The SDK applies the change to its cached own profile once the server accepted it.
    return readSelf(op);
  }

  const handlers: SdkEventHandlers = {
    [SdkEvent.PROFILE_UPDATED](event) {
      if (!Array.isArray(event.data)) return;
      remember((event.data as SdkProfile[]).map((p) => toTimProfile(p)));
    },
    [SdkEvent.SDK_READY]() {
      readSelf('profile.refreshSelf').catch((error: unknown) => {
        loadState.failed();
        ctx.reportError(toTimError(error, 'profile'));
      });
    },
  };

  return {
    api: {
      $self: self.$,
      $loadState: loadState.$,
      async refreshSelf() {
        ctx.requireLogin('profile.refreshSelf');
        return readSelf('profile.refreshSelf');
      },
      getProfiles,
      cachedProfile(userID) {
        ctx.assertAlive('profile.cachedProfile');
        return cache.get(validateUserID(userID, 'profile.cachedProfile')) ?? null;
      },
      updateSelf,
    },
    handlers,
    remember,
  };
}
