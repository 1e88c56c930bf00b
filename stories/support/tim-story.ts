// Connects Storybook to a running tim-kit emulator: logs one viewer in (one SDK per preview
// iframe, shared by every story) and seeds a few real conversations over the REST API.
import { html, type TemplateResult } from 'lit';
import { createChat, createTimCore, type TimCore } from '@tim-kit/headless';

export const EMULATOR_URL: string =
  import.meta.env.STORYBOOK_TIM_EMULATOR ?? 'http://127.0.0.1:5174';

/** The user the stories show the UI as. Not alice/bob, so the demo page's logins are not kicked. */
export const VIEWER = 'storybook-viewer';

export const PEERS = {
  mei: { id: 'sb-mei', nick: 'Mei Chen' },
  omar: { id: 'sb-omar', nick: 'Omar Haddad' },
  history: { id: 'sb-history', nick: 'Long History' },
} as const;

export type StoryConnection =
  { core: TimCore; error?: undefined } | { core?: undefined; error: string };

interface UserSig {
  sdkAppID: number;
  userSig: string;
}

export async function userSig(userID: string): Promise<UserSig> {
  const response = await fetch(`${EMULATOR_URL}/dev/usersig?userID=${encodeURIComponent(userID)}`);
  if (!response.ok) throw new Error(`${EMULATOR_URL}/dev/usersig answered HTTP ${response.status}`);
  return (await response.json()) as UserSig;
}

export async function rest<T = Record<string, unknown>>(path: string, body: unknown): Promise<T> {
  const admin = await userSig('administrator');
  const query = new URLSearchParams({
    sdkappid: String(admin.sdkAppID),
    identifier: 'administrator',
    usersig: admin.userSig,
    random: String(Math.floor(Math.random() * 2 ** 31)),
    contenttype: 'json',
  });
  const response = await fetch(`${EMULATOR_URL}/v4/${path}?${query.toString()}`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  const result = (await response.json()) as T & { ErrorCode: number; ErrorInfo: string };
  if (result.ErrorCode !== 0) {
    throw new RestError(result.ErrorCode, `REST ${path}: ${result.ErrorCode} ${result.ErrorInfo}`);
  }
  return result;
}

export class RestError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Creates a story group unless its ID exists (10025): two stories opened at once, or a seed cut
 * short, would otherwise leave Storybook failing on every reload.
 */
export async function createStoryGroup(body: Record<string, unknown>): Promise<void> {
  try {
    await rest('group_open_http_svc/create_group', body);
  } catch (error) {
    if (!(error instanceof RestError && error.code === 10025)) throw error;
  }
}

export async function say(from: string, to: string, text: string): Promise<void> {
  await rest('openim/sendmsg', {
    SyncOtherMachine: 1,
    From_Account: from,
    To_Account: to,
    MsgRandom: Math.floor(Math.random() * 2 ** 31),
    MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: text } }],
  });
}

/** Seeds the story conversations once per emulator (a restarted in-memory one is seeded again). */
async function seed(): Promise<void> {
  // The marker account is imported last, so its existence means everything else is there.
  const marker = 'sb-seeded';
  const { UserProfileItem } = await rest<{ UserProfileItem: { ResultCode: number }[] }>(
    'profile/portrait_get',
    { To_Account: [marker], TagList: ['Tag_Profile_IM_Nick'] },
  );
  if (UserProfileItem[0]?.ResultCode === 0) return;
  for (const peer of Object.values(PEERS)) {
    await rest('im_open_login_svc/account_import', { UserID: peer.id, Nick: peer.nick });
  }
  for (let i = 1; i <= 60; i++) await say(PEERS.history.id, VIEWER, `History message ${i} of 60`);
  await say(PEERS.omar.id, VIEWER, 'Are we still on for Friday?');
  await say(VIEWER, PEERS.omar.id, 'Yes! 7 pm at the usual place.');
  await say(PEERS.mei.id, VIEWER, 'Hi! I pushed the new designs.');
  await say(PEERS.mei.id, VIEWER, 'Could you review them today?\nThe dark theme is in there too.');
  await rest('im_open_login_svc/account_import', { UserID: marker });
}

let connection: Promise<StoryConnection> | undefined;

/** The shared logged-in core, or the reason there is none. */
export function connect(): Promise<StoryConnection> {
  connection ??= (async (): Promise<StoryConnection> => {
    try {
      const sig = await userSig(VIEWER);
      const chat = await createChat({
        SDKAppID: sig.sdkAppID,
        proxyServer: EMULATOR_URL.replace(/^http/, 'ws'),
        logLevel: 3,
      });
      const core = createTimCore({ chat, loginTimeoutMs: 8000 });
      await core.auth.login({ userID: VIEWER, userSig: sig.userSig });
      await seed();
      return { core };
    } catch (error) {
      connection = undefined; // let the next story try again once the emulator is up
      return { error: error instanceof Error ? error.message : String(error) };
    }
  })();
  return connection;
}

/** What a story shows instead of a blank frame when the emulator cannot be reached. */
export function renderUnreachable(error: string): TemplateResult {
  return html`<div
    role="alert"
    style="font: 14px system-ui, sans-serif; max-width: 560px; padding: 16px; border: 1px solid #e0a800; border-radius: 8px; background: #fff8e1; color: #3d3000"
  >
    <strong>This story needs the tim-kit emulator.</strong>
    <p>
      Start the emulator with <code>npm start</code> (or run Storybook with
      <code>npm run storybook</code>, which starts one), then reload. Looked for it at
      <code>${EMULATOR_URL}</code>; set <code>STORYBOOK_TIM_EMULATOR</code> to use another URL.
    </p>
    <p><small>${error}</small></p>
  </div>`;
}

/** Storybook loader: `context.loaded.tim` is the connection. */
export const timLoader = async (): Promise<{ tim: StoryConnection }> => ({ tim: await connect() });
