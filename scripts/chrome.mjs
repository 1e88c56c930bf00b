// One place that decides which Chromium every browser tool here uses, and how it is launched.
// Order: CHROME_PATH, then Debian's /usr/bin/chromium, then the @sparticuz/chromium npm package
// (which ships its binary inside the package, so a fresh `npm ci` is enough).
import { existsSync } from 'node:fs';

/** Flags that keep every connection on loopback and the browser quiet. */
export const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-domain-reliability',
  '--no-pings',
  '--disable-client-side-phishing-detection',
  '--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate,AutofillServerCommunication',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

let cached;

/** Resolves the browser binary once per process. */
export async function resolveChromePath() {
  if (cached) return cached;
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROME_PATH points at ${fromEnv}, which does not exist`);
    return (cached = fromEnv);
  }
  if (existsSync('/usr/bin/chromium')) return (cached = '/usr/bin/chromium');
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    return (cached = await chromium.executablePath());
  } catch (error) {
    throw new Error(
      "No Chromium found: set CHROME_PATH, install Debian's chromium, or keep @sparticuz/chromium installed. " +
        String(error),
    );
  }
}
