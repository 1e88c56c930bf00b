// The emulator's frame extraction must never hang a request: an ffmpeg that stops answering is
// killed at the timeout and the caller gets a 'timeout' FrameError. A binary that never answers
// stands in for a wedged ffmpeg (a real one cannot be made to hang on demand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FrameError, extractFrame } from '../../../packages/emulator/src/media/video-frame.js';

test('an ffmpeg that never answers is killed at the timeout with a timeout error', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'tim-hung-ffmpeg-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const hung = join(dir, 'ffmpeg');
  // exec: the kill then reaches the sleeping process itself, leaving nothing behind.
  writeFileSync(hung, '#!/bin/sh\nexec sleep 60\n');
  chmodSync(hung, 0o755);
  await assert.rejects(
    extractFrame(hung, Buffer.from('video'), 300),
    (e: unknown) => e instanceof FrameError && e.reason === 'timeout',
  );
});
