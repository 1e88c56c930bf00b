// Login, logout, the user-status and connection listeners, and the local-storage operations.
import type { ConnectionState, LoginStatus } from '../auth/types.js';
import { toSeedMessage } from './convert-message.js';
import { num, optNum, str, target } from './params.js';
import type { ListenerDef, OpDef } from './runner.js';

export const login: OpDef = (params) => {
  const userID = str(params, ['identifier', 'userID']);
  const userSig = str(params, 'userSig');
  // iOS-only push certificate ID: accepted, nothing to do on the web.
  optNum(params, 'busiId');
  return async ({ core }) => {
    await core.auth.login({ userID, userSig });
    return {};
  };
};

export const logout: OpDef =
  () =>
  async ({ core }) => {
    await core.auth.logout();
    return {};
  };

export const getLoginUser: OpDef =
  () =>
  async ({ core }) => ({
    user: core.auth.$loginStatus.get() === 'logged-in' ? (core.auth.$user.get()?.userID ?? '') : '',
  });

/** userStatus: 'offline' (kicked out by another login) or 'sigExpired' (Android's two). */
const userStatusOf: Partial<Record<LoginStatus, string>> = {
  'kicked-out': 'offline',
  'sig-expired': 'sigExpired',
};

export const setUserStatusListener: ListenerDef = () => (env, emit) =>
  env.core.auth.$loginStatus.listen((status) => {
    const userStatus = userStatusOf[status];
    if (userStatus) emit({ userStatus });
  });

/** action: Android's 'connected' / 'disConnected'; the connecting states have no Android event. */
const actionOf: Partial<Record<ConnectionState, string>> = {
  connected: 'connected',
  disconnected: 'disConnected',
};

export const setConnectListener: ListenerDef = () => (env, emit) =>
  env.core.auth.$connection.listen((state) => {
    const action = actionOf[state];
    if (action) emit({ action });
  });

export const initStorage: OpDef = (params) => {
  const identifier = str(params, 'identifier');
  return async ({ core }) => {
    await core.storage.initStorage(identifier);
    return {};
  };
};

/** Cached messages, newest first (as getMessage), read with no network. */
export const getLocalMessage: OpDef = (params) => {
  const { conversationID } = target(params);
  const count = num(params, 'count', { integer: true, min: 1, max: 1000 });
  return async ({ core }) => {
    const list = await core.storage.getLocalMessages(conversationID, { count });
    return { messages: list.map((message) => toSeedMessage(core, message)).reverse() };
  };
};

export const deleteLocalMessage: OpDef = (params) => {
  const { conversationID } = target(params);
  return async ({ core }) => {
    await core.storage.deleteLocalMessages(conversationID);
    return {};
  };
};
