// Reads what `<tim-provider>` was told through its attributes and decides whether it can log in,
// must wait for more (no user yet), or was told something wrong that the page must show.
// Each problem is a `ProviderReason`, so the page shows it in its language (provider-i18n.ts);
// the English wording is the message of the `tim-error` it emits.
import { describeReason } from './provider-i18n.js';

/** The attributes that configure a provider which builds its own core. */
export interface ProviderAttributes {
  sdkAppId?: number;
  /** The `sdk-app-id` attribute as written, to quote it back in a message. */
  sdkAppIdText?: string | null;
  userId?: string;
  userSig?: string;
  userSigUrl?: string;
  proxyServer?: string;
}

/** Where the UserSig comes from: given literally, or fetched from the app's backend. */
export type SigSource = { kind: 'literal'; userSig: string } | { kind: 'url'; url: string };

export interface ProviderConfig {
  sdkAppId: number;
  userId: string;
  proxyServer?: string;
  sig: SigSource;
}

/** What is wrong with the attributes. */
export type ConfigReason =
  | { kind: 'badSdkAppId'; written: string }
  | { kind: 'badProxy'; proxyServer: string }
  | { kind: 'noSdkAppId'; userId: string }
  | { kind: 'noSig'; userId: string };

/** Why the `user-sig-url` endpoint gave no usable UserSig. */
export type SigReason =
  | { kind: 'sigUnreachable'; url: string; cause: string }
  | { kind: 'sigHttp'; url: string; userId: string; status: number }
  | { kind: 'sigNotJson'; url: string }
  | { kind: 'sigMissing'; url: string }
  | { kind: 'sigWrongApp'; url: string; signedFor: number; sdkAppId: number };

export type ProviderReason = ConfigReason | SigReason;

export type ConfigCheck =
  | { kind: 'idle' }
  | { kind: 'ready'; config: ProviderConfig }
  | { kind: 'invalid'; problem: string; reason: ConfigReason };

const invalid = (reason: ConfigReason): ConfigCheck => ({
  kind: 'invalid',
  problem: describeReason('en', reason),
  reason,
});

/** A failed UserSig fetch; `reason` lets the provider say it in the page's language. */
export class UserSigError extends Error {
  constructor(readonly reason: SigReason) {
    super(describeReason('en', reason));
    this.name = 'UserSigError';
  }
}

const filled = (value: string | undefined): value is string =>
  typeof value === 'string' && value.trim() !== '';

/**
 * Checks the attributes. A provider without `user-id` is idle: the page may set the user later
 * or hand over a core itself. With `user-id`, everything needed to log in must be there.
 */
export function checkConfig(attrs: ProviderAttributes): ConfigCheck {
  const { sdkAppId, userId, userSig, userSigUrl, proxyServer } = attrs;
  if (sdkAppId !== undefined && sdkAppId !== null && !isSdkAppId(sdkAppId)) {
    return invalid({ kind: 'badSdkAppId', written: attrs.sdkAppIdText ?? String(sdkAppId) });
  }
  if (filled(proxyServer) && !/^wss?:\/\/[^/\s]+/i.test(proxyServer)) {
    return invalid({ kind: 'badProxy', proxyServer });
  }
  if (!filled(userId)) return { kind: 'idle' };
  if (sdkAppId === undefined || sdkAppId === null) {
    return invalid({ kind: 'noSdkAppId', userId });
  }
  let sig: SigSource;
  if (filled(userSig)) sig = { kind: 'literal', userSig: userSig.trim() };
  else if (filled(userSigUrl)) sig = { kind: 'url', url: userSigUrl };
  else {
    return invalid({ kind: 'noSig', userId });
  }
  return {
    kind: 'ready',
    config: {
      sdkAppId,
      userId: userId.trim(),
      ...(filled(proxyServer) ? { proxyServer } : {}),
      sig,
    },
  };
}

function isSdkAppId(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0;
}

/** The answer a `user-sig-url` endpoint gives. */
export interface UserSigResponse {
  sdkAppID: number;
  userID: string;
  userSig: string;
  expire: number;
}

/** Fetches `${url}?userID=<id>` and checks the answer before anyone logs in with it. */
export async function fetchUserSig(
  url: string,
  userID: string,
  sdkAppId: number,
): Promise<UserSigResponse> {
  const separator = url.includes('?') ? '&' : '?';
  let response: Response;
  try {
    response = await fetch(`${url}${separator}userID=${encodeURIComponent(userID)}`);
  } catch (error) {
    throw new UserSigError({ kind: 'sigUnreachable', url, cause: String(error) });
  }
  if (!response.ok) {
    throw new UserSigError({ kind: 'sigHttp', url, userId: userID, status: response.status });
  }
  let body: Partial<UserSigResponse>;
  try {
    body = (await response.json()) as Partial<UserSigResponse>;
  } catch {
    throw new UserSigError({ kind: 'sigNotJson', url });
  }
  if (typeof body.userSig !== 'string' || body.userSig === '') {
    throw new UserSigError({ kind: 'sigMissing', url });
  }
  if (typeof body.sdkAppID === 'number' && body.sdkAppID !== sdkAppId) {
    throw new UserSigError({ kind: 'sigWrongApp', url, signedFor: body.sdkAppID, sdkAppId });
  }
  return body as UserSigResponse;
}
