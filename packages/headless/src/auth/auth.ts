// Login, logout and the connection state. Login only resolves once the SDK is ready (its first
// sync done), so an app can send as soon as login() returns, and it is bounded by loginTimeoutMs
// because the SDK itself waits ~90 s for an unreachable server.
import { TimError, TimErrorCode, invalidArgument, toTimError } from '../errors.js';
import type { CoreContext } from '../internal/context.js';
import { formatSeconds, withTimeout } from '../internal/timeout.js';
import type { SdkEventHandlers } from '../sdk/events.js';
import { SdkEvent, SdkType, type SdkProfile, type SdkResponse } from '../sdk/types.js';
import type { ConnectionState, TimAuth, TimUser } from './types.js';

const USER_SIG_EXPIRED_CODES = new Set([70001, 70052]);

export function createAuth(ctx: CoreContext): { api: TimAuth; handlers: SdkEventHandlers } {
  const connection = ctx.store<ConnectionState>('disconnected');
  // Bumped by every login, logout and kick-out, so a login that was given up on cannot write later.
  let attempt = 0;
  let readyWaiters: Array<() => void> = [];

  function waitReady(): Promise<void> {
    if (ctx.chat.isReady()) return Promise.resolve();
    return new Promise((resolve) => readyWaiters.push(resolve));
  }

  async function completeLogin(sdkLogin: Promise<unknown>, userID: string): Promise<TimUser> {
    await sdkLogin;
    await waitReady();
    const profile = (await ctx.chat.getMyProfile()) as SdkResponse<SdkProfile>;
    return toUser(profile.data, userID);
  }

  // A login we gave up on may still succeed (or already has); log out then, so the SDK agrees
  // with the stores. A newer login or logout owns the SDK by then, so it is left alone.
  function abandon(sdkLogin: Promise<unknown>, loginAttempt: number): void {
    sdkLogin.then(
      () => {
        if (attempt === loginAttempt) ctx.chat.logout().catch(() => undefined);
      },
      () => undefined,
    );
  }

  async function login(args: { userID: string; userSig: string }): Promise<TimUser> {
    const op = 'auth.login';
    ctx.assertAlive(op);
    const { userID, userSig } = args ?? {};
    if (typeof userID !== 'string' || userID.trim() === '')
      throw invalidArgument(op, 'userID must be a non-empty string');
    if (typeof userSig !== 'string' || userSig === '')
      throw invalidArgument(op, 'userSig must be a non-empty string');
    const status = ctx.loginStatus.get();
    if (status === 'logging-in' || status === 'logged-in') {
      const what =
        status === 'logging-in' ? 'a login is in progress' : `already logged in as ${ctx.selfID()}`;
      throw new TimError(TimErrorCode.REPEAT_LOGIN, `${what}; call logout() first`, op);
    }

    const loginAttempt = ++attempt;
    readyWaiters = [];
    ctx.resetSession();
    ctx.user.set(null);
    ctx.loginStatus.set('logging-in');
    connection.set('connecting');

    let sdkLogin: Promise<unknown>;
    try {
      sdkLogin = Promise.resolve(ctx.chat.login({ userID, userSig }));
    } catch (error) {
      sdkLogin = Promise.reject(error);
    }
    try {
      const user = await withTimeout(completeLogin(sdkLogin, userID), ctx.loginTimeoutMs, () => {
        const message = `could not reach the chat server within ${formatSeconds(ctx.loginTimeoutMs)}`;
        return new TimError(TimErrorCode.LOGIN_TIMEOUT, message, op);
      });
      if (loginAttempt !== attempt)
        throw new TimError(TimErrorCode.NOT_LOGGED_IN, 'cancelled by logout', op);
      ctx.user.set(user);
      ctx.loginStatus.set('logged-in');
      connection.set('connected');
      return user;
    } catch (error) {
      if (loginAttempt === attempt) {
        ctx.loginStatus.set('logged-out');
        connection.set('disconnected');
        // Timed out, or the profile read failed after the SDK accepted: the caller sees a failure.
        abandon(sdkLogin, loginAttempt);
      }
      throw toTimError(error, op);
    }
  }

  async function logout(): Promise<void> {
    const op = 'auth.logout';
    ctx.assertAlive(op);
    const status = ctx.loginStatus.get();
    attempt++;
    readyWaiters = [];
    ctx.loginStatus.set('logged-out');
    connection.set('disconnected');
    ctx.user.set(null);
    ctx.resetSession();
    // After a kick-out or sig expiry the SDK has already logged itself out.
    if (status !== 'logged-in' && status !== 'logging-in') return;
    try {
      await ctx.chat.logout();
    } catch (error) {
      throw toTimError(error, op);
    }
  }

  const handlers: SdkEventHandlers = {
    [SdkEvent.SDK_READY]() {
      for (const resolve of readyWaiters.splice(0)) resolve();
    },
    [SdkEvent.SDK_NOT_READY]() {
      // Our own logout already set the state; this catches the SDK dropping the session by itself.
      if (ctx.loginStatus.get() !== 'logged-in') return;
      ctx.loginStatus.set('logged-out');
      connection.set('disconnected');
    },
    [SdkEvent.KICKED_OUT](event) {
      const type = (event.data as { type?: string } | undefined)?.type;
      attempt++;
      ctx.loginStatus.set(
        type === SdkType.KICKED_OUT_USERSIG_EXPIRED ? 'sig-expired' : 'kicked-out',
      );
      connection.set('disconnected');
    },
    [SdkEvent.NET_STATE_CHANGE](event) {
      const status = ctx.loginStatus.get();
      if (status !== 'logged-in' && status !== 'logging-in') return;
      const state = (event.data as { state?: string } | undefined)?.state;
      if (state === SdkType.NET_STATE_CONNECTED) connection.set('connected');
      else if (state === SdkType.NET_STATE_CONNECTING) {
        connection.set(status === 'logged-in' ? 'reconnecting' : 'connecting');
      } else if (state === SdkType.NET_STATE_DISCONNECTED) connection.set('disconnected');
    },
    [SdkEvent.PROFILE_UPDATED](event) {
      const self = ctx.user.get();
      if (!self) return;
      const mine = (event.data as SdkProfile[] | undefined)?.find(
        (profile) => profile.userID === self.userID,
      );
      if (mine) ctx.user.set(toUser(mine, self.userID));
    },
    [SdkEvent.ERROR](event) {
      const error = toTimError(event.data, 'sdk');
      if (USER_SIG_EXPIRED_CODES.has(error.code) && ctx.loginStatus.get() === 'logged-in') {
        ctx.loginStatus.set('sig-expired');
        connection.set('disconnected');
      }
      ctx.reportError(error);
    },
  };

  return {
    api: {
      $loginStatus: ctx.loginStatus.$,
      $user: ctx.user.$,
      $connection: connection.$,
      login,
      logout,
    },
    handlers,
  };
}

function toUser(profile: Partial<SdkProfile> | undefined, userID: string): TimUser {
  return {
    userID: profile?.userID || userID,
    nick: profile?.nick ?? '',
    avatar: profile?.avatar ?? '',
  };
}
