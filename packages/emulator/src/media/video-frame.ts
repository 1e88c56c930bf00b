// One JPEG frame from a video, made by an ffmpeg child process. The video goes through a temp
// file (an mp4 whose index sits at the end cannot be read from a pipe). Whatever ffmpeg does
// (fails, hangs, floods stdout), the caller gets a FrameError, never a crash or a stuck request.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Longest a frame may take before ffmpeg is killed. */
export const FRAME_TIMEOUT_MS = 20_000;
/** A cover bigger than this is refused (a 4K JPEG is well under). */
const MAX_JPEG_BYTES = 16 * 1024 * 1024;
/** ffmpeg runs at most this many at once; the others queue. */
const MAX_RUNNING = 2;

export class FrameError extends Error {
  constructor(
    readonly reason: 'timeout' | 'failed' | 'empty' | 'too-large',
    message: string,
  ) {
    super(message);
    this.name = 'FrameError';
  }
}

let running = 0;
const queue: (() => void)[] = [];

async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_RUNNING) await new Promise<void>((resolve) => queue.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    queue.shift()?.();
  }
}

function runFfmpeg(ffmpeg: string, input: string, timeoutMs: number): Promise<Buffer> {
  // The first frame of the first second, as a baseline JPEG on stdout.
  const args = ['-hide_banner', '-loglevel', 'error', '-nostdin', '-t', '1', '-i', input];
  args.push('-frames:v', '1', '-an', '-f', 'image2', '-c:v', 'mjpeg', '-q:v', '3', 'pipe:1');
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpeg, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let failure: FrameError | undefined;
    const stop = (error: FrameError): void => {
      failure ??= error;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(
      () => stop(new FrameError('timeout', `ffmpeg gave no frame within ${timeoutMs} ms`)),
      timeoutMs,
    );
    child.stdout.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_JPEG_BYTES) stop(new FrameError('too-large', 'the frame is too large'));
      else out.push(c);
    });
    child.stderr.on('data', (c: Buffer) => {
      if (stderr.length < 2000) stderr += c.toString('utf8');
    });
    child.on('error', (e) => {
      failure ??= new FrameError('failed', `ffmpeg could not start: ${e.message}`);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (failure) return reject(failure);
      if (code !== 0) {
        const why = stderr.trim().split('\n').at(-1) ?? '';
        return reject(new FrameError('failed', `ffmpeg exited ${String(code)}: ${why}`));
      }
      const jpeg = Buffer.concat(out);
      // A JPEG starts with FF D8; anything else (or nothing: no video stream) is no cover.
      if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8)
        return reject(new FrameError('empty', 'the video has no frame to show'));
      resolve(jpeg);
    });
  });
}

/** A JPEG of the video's first frame; rejects with a FrameError. */
export async function extractFrame(
  ffmpeg: string,
  video: Buffer,
  timeoutMs = FRAME_TIMEOUT_MS,
): Promise<Buffer> {
  return withSlot(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tim-emulator-frame-'));
    try {
      const input = join(dir, 'video');
      await writeFile(input, video);
      return await runFfmpeg(ffmpeg, input, timeoutMs);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}
