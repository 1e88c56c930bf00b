// im_cos_msg.pre_sig: where to PUT a file and the URL the message will carry.
// file_type 1 image, 2 video, 3 audio, 255 file. Images also get thumb/large
// URLs (the same bytes; the ?imageView2 query is ignored on download). Videos get
// a snapshot_url when ffmpeg is available: the SDK then asks im_cos_msg.video_cover
// for the cover. Its query mirrors COS's snapshot processing; only the id counts.
import type { Handler } from '../../protocol/router.js';
import { EmulatorError, ErrorCode } from '../../protocol/errors.js';
import type { MediaKind } from '../../store/media.js';
import { UPLOAD_TTL_SECONDS } from '../../store/media.js';
import { optString } from '../validate.js';
import { locateFfmpeg } from '../../media/ffmpeg.js';

const KINDS: Record<number, MediaKind> = { 1: 'image', 2: 'video', 3: 'sound', 255: 'file' };

export const preSig: Handler = {
  auth: 'user',
  handle({ app, body }) {
    const kind = typeof body.file_type === 'number' ? KINDS[body.file_type] : undefined;
    if (!kind) throw new EmulatorError(ErrorCode.BAD_REQUEST, 'file_type must be 1, 2, 3 or 255');
    const name = optString(body, 'file_name') ?? 'file';
    const { uploadUrl, downloadUrl } = app.media.grant(kind, name, app.now());
    return {
      upload_url: uploadUrl,
      download_url: downloadUrl,
      expired_time: app.now() + UPLOAD_TTL_SECONDS,
      ...(kind === 'image'
        ? {
            thumb_url: `${downloadUrl}?imageView2/3/w/198/h/198`,
            large_url: `${downloadUrl}?imageView2/3/w/720/h/720`,
          }
        : {}),
      ...(kind === 'video' && locateFfmpeg()
        ? { snapshot_url: `${downloadUrl}?ci-process=snapshot&time=0&format=jpg` }
        : {}),
    };
  },
};
