// Reads what `<tim-provider>` was told through its attributes and decides whether it can log in,
// must wait for more (no user yet), or was told something wrong that the page must show.

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

export type ConfigCheck =
  | { kind: 'idle' }
  | { kind: 'ready'; config: ProviderConfig }
  | { kind: 'invalid'; problem: string };

const filled = (value: string | undefined): value is string =>
  typeof value === 'string' && value.trim() !== '';

/**
 * Checks the attributes. A provider without `user-id` is idle: the page may set the user later
 * or hand over a core itself. With `user-id`, everything needed to log in must be there.
 */
export function checkConfig(attrs: ProviderAttributes): ConfigCheck {
  const { sdkAppId, userId, userSig, userSigUrl, proxyServer } = attrs;
  if (sdkAppId !== undefined && sdkAppId !== null && !isSdkAppId(sdkAppId)) {
    const written = attrs.sdkAppIdText ?? String(sdkAppId);
    return {
      kind: 'invalid',
      problem: `sdk-app-id="${written}" is not an SDKAppID: use the positive whole number from the Tencent Cloud Chat console, e.g. 1400000001.`,
    };
  }
  if (filled(proxyServer) && !/^wss?:\/\/[^/\s]+/i.test(proxyServer)) {
    return {
      kind: 'invalid',
      problem: `proxy-server="${proxyServer}" is not a WebSocket URL: write ws://host:port or wss://host, or leave it out to connect to Tencent Cloud.`,
    };
  }
  if (!filled(userId)) return { kind: 'idle' };
  if (sdkAppId === undefined || sdkAppId === null) {
    return {
      kind: 'invalid',
      problem: `user-id="${userId}" is set but sdk-app-id is missing: add the SDKAppID of your app.`,
    };
  }
  let sig: SigSource;
  if (filled(userSig)) sig = { kind: 'literal', userSig: userSig.trim() };
  else if (filled(userSigUrl)) sig = { kind: 'url', url: userSigUrl };
  else {
    return {
      kind: 'invalid',
      problem: `user-id="${userId}" needs a UserSig: set user-sig, or user-sig-url to an endpoint of your backend that answers { userSig }.`,
    };
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
    throw new Error(`could not reach the UserSig endpoint ${url}: ${String(error)}`);
  }
  if (!response.ok) {
    throw new Error(`could not get a UserSig for ${userID} from ${url}: HTTP ${response.status}`);
  }
  let body: Partial<UserSigResponse>;
  try {
    body = (await response.json()) as Partial<UserSigResponse>;
  } catch {
    throw new Error(`the UserSig endpoint ${url} did not answer JSON`);
  }
  if (typeof body.userSig !== 'string' || body.userSig === '') {
    throw new Error(`the UserSig endpoint ${url} answered without a userSig`);
  }
  if (typeof body.sdkAppID === 'number' && body.sdkAppID !== sdkAppId) {
    throw new Error(
      `the UserSig endpoint ${url} signs for SDKAppID ${body.sdkAppID}, but sdk-app-id is ${sdkAppId}`,
    );
  }
  return body as UserSigResponse;
}
