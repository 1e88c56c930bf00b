// im_cos_msg.video_cover {version, platform, cover_name, snapshot_url}: the SDK asks it after a
// video upload when pre_sig gave a snapshot_url. We take the first frame of that uploaded video
// as a JPEG, store it as a new image and answer its download_url; the SDK loads that URL for the
// size and sends it as the message's ThumbUrl/SnapshotUrl. A refusal only costs the cover: the
// SDK still sends the video without one.
import type { Handler } from '../../protocol/router.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import { locateFfmpeg } from '../../media/ffmpeg.js';
import { FrameError, extractFrame } from '../../media/video-frame.js';
import { optString } from '../validate.js';

/** Cover file names end in .jpg whatever the SDK's random cover_name is. */
function coverFileName(coverName: string | undefined): string {
  const base = (coverName ?? '').replace(/[^\w.-]/g, '_').slice(0, 80) || 'cover';
  return base.toLowerCase().endsWith('.jpg') ? base : `${base}.jpg`;
}

export const videoCover: Handler = {
  auth: 'user',
  async handle({ app, body }) {
    const snapshotUrl = optString(body, 'snapshot_url');
    if (!snapshotUrl) throw new EmulatorError(ErrorCode.BAD_REQUEST, 'snapshot_url is required');
    const coverName = optString(body, 'cover_name');
    const id = app.media.idFromUrl(snapshotUrl);
    const video = id ? app.media.load(id) : undefined;
    const isVideo = video?.kind === 'video' || video?.contentType.startsWith('video/') === true;
    if (!video || !isVideo)
      throw new EmulatorError(
        ErrorCode.MEDIA_URL_NOT_ASSIGNED,
        'snapshot_url names no uploaded video on this server',
      );
    const ffmpeg = locateFfmpeg();
    if (!ffmpeg)
      throw new EmulatorError(ErrorCode.MEDIA_PROCESSING_FAILED, 'no ffmpeg: covers are off');
    let jpeg: Buffer;
    try {
      jpeg = await extractFrame(ffmpeg, video.bytes);
    } catch (e) {
      if (!(e instanceof FrameError)) throw e;
      app.log(`tim-emulator: video cover failed (${e.reason}): ${e.message}`);
      throw new EmulatorError(ErrorCode.MEDIA_PROCESSING_FAILED, `no cover: ${e.message}`);
    }
    const downloadUrl = app.media.add('image', coverFileName(coverName), jpeg, 'image/jpeg');
    return { download_url: downloadUrl };
  },
};
