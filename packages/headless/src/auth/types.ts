import type { ReadableAtom } from 'nanostores';

export type LoginStatus = 'logged-out' | 'logging-in' | 'logged-in' | 'kicked-out' | 'sig-expired';
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

export interface TimUser {
  userID: string;
  nick: string;
  avatar: string;
}

export interface TimAuth {
  $loginStatus: ReadableAtom<LoginStatus>;
  $user: ReadableAtom<TimUser | null>;
  $connection: ReadableAtom<ConnectionState>;
  /** Resolves once the SDK is ready (conversations synced), or rejects with a TimError. */
  login(args: { userID: string; userSig: string }): Promise<TimUser>;
  logout(): Promise<void>;
}
