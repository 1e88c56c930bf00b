// Finds an ffmpeg binary for video covers. Order: TIM_EMULATOR_FFMPEG (a path, or
// "off" to disable), the optional dependency @ffmpeg-installer/ffmpeg (a static
// build), then `ffmpeg` on PATH. None found: videos get no snapshot_url, as before.
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

const require = createRequire(import.meta.url);

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function fromOptionalDependency(): string | undefined {
  try {
    // Its index.js throws when no binary exists for this platform; that only means "not here".
    const { path } = require('@ffmpeg-installer/ffmpeg') as { path?: unknown };
    return typeof path === 'string' && executable(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function fromPath(): string | undefined {
  const names = process.platform === 'win32' ? ['ffmpeg.exe'] : ['ffmpeg'];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of names) if (executable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

// Looked up once per value of the override: the answer does not change while the server runs,
// and pre_sig asks on every video upload.
let cached: { key: string; path: string | undefined } | undefined;

/** The ffmpeg to run, or undefined when covers cannot be made here. */
export function locateFfmpeg(): string | undefined {
  const override = process.env.TIM_EMULATOR_FFMPEG?.trim() ?? '';
  if (cached?.key === override) return cached.path;
  let path: string | undefined;
  if (override === 'off') path = undefined;
  else if (override !== '') path = executable(override) ? override : undefined;
  else path = fromOptionalDependency() ?? fromPath();
  cached = { key: override, path };
  return path;
}
