// Where the echo bot connects and who it is: flags win over environment variables, which win
// over the defaults (the emulator that `npm start` runs). Without a UserSig the bot asks the
// emulator's dev endpoint for one, which only an emulator started with --dev hands out.
import { parseArgs } from 'node:util';

export interface BotConfig {
  /** The emulator's HTTP address (also used for /dev/usersig). */
  url: string;
  /** What the SDK gets as proxyServer. */
  wsUrl: string;
  sdkAppID: number;
  userID: string;
  userSig: string;
}

export const USAGE = `Usage: npm run bot -- [options]

  --url <url>          emulator address (TIM_URL; default http://127.0.0.1:5174, what npm start runs)
  --ws-url <url>       WebSocket address (TIM_WS_URL; default: --url with ws:// or wss://)
  --sdk-app-id <id>    SDKAppID (TIM_SDK_APP_ID; default: the one /dev/usersig reports)
  --user <id>          the bot's userID (TIM_USER_ID; default echo-bot)
  --user-sig <sig>     the bot's UserSig (TIM_USER_SIG; default: fetched from <url>/dev/usersig)
  --help               show this text`;

/** A problem with the configuration, shown to the user as is. */
export class ConfigError extends Error {}

export async function readConfig(
  argv: string[],
  env: Record<string, string | undefined>,
): Promise<BotConfig | null> {
  const values = parseFlags(argv);
  if (values.help) return null;
  const url = (values.url ?? env.TIM_URL ?? 'http://127.0.0.1:5174').replace(/\/+$/, '');
  const wsUrl = values['ws-url'] ?? env.TIM_WS_URL ?? toWebSocketUrl(url);
  const userID = values.user ?? env.TIM_USER_ID ?? 'echo-bot';
  const givenAppID = values['sdk-app-id'] ?? env.TIM_SDK_APP_ID;
  const givenSig = values['user-sig'] ?? env.TIM_USER_SIG;

  if (givenSig !== undefined) {
    if (givenAppID === undefined) throw new ConfigError('--user-sig needs --sdk-app-id as well');
    return { url, wsUrl, userID, userSig: givenSig, sdkAppID: parseAppID(givenAppID) };
  }
  const dev = await fetchDevUserSig(url, userID);
  const sdkAppID = givenAppID === undefined ? dev.sdkAppID : parseAppID(givenAppID);
  return { url, wsUrl, userID, userSig: dev.userSig, sdkAppID };
}

function parseFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      options: {
        url: { type: 'string' },
        'ws-url': { type: 'string' },
        'sdk-app-id': { type: 'string' },
        user: { type: 'string' },
        'user-sig': { type: 'string' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    throw new ConfigError(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
}

function toWebSocketUrl(httpUrl: string): string {
  let parsed: URL;
  try {
    parsed = new URL(httpUrl);
  } catch {
    throw new ConfigError(`--url must be an http(s) address, got "${httpUrl}"`);
  }
  const protocol = parsed.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${parsed.host}`;
}

function parseAppID(text: string): number {
  const id = Number(text);
  if (!Number.isSafeInteger(id) || id <= 0)
    throw new ConfigError(`--sdk-app-id must be a positive integer, got "${text}"`);
  return id;
}

async function fetchDevUserSig(
  url: string,
  userID: string,
): Promise<{ sdkAppID: number; userSig: string }> {
  const endpoint = `${url}/dev/usersig?userID=${encodeURIComponent(userID)}`;
  let response: Response;
  try {
    response = await fetch(endpoint);
  } catch (error) {
    const why = error instanceof Error ? (error.cause ?? error).toString() : String(error);
    throw new ConfigError(
      `cannot reach the emulator at ${url} (${why}). Start it with \`npm start\`, or pass --url`,
    );
  }
  const body = (await response.json().catch(() => ({}))) as {
    sdkAppID?: number;
    userSig?: string;
    error?: string;
  };
  if (!response.ok || typeof body.userSig !== 'string' || typeof body.sdkAppID !== 'number') {
    throw new ConfigError(
      `${endpoint} gave no UserSig (${response.status} ${body.error ?? ''}). ` +
        'Run the emulator with --dev, or pass --sdk-app-id and --user-sig',
    );
  }
  return { sdkAppID: body.sdkAppID, userSig: body.userSig };
}
