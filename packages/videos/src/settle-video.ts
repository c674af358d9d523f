import type { Client } from '@org/core';
import type { VideoResource } from './generated/types.js';
import { VideoFailedError } from './video-failed-error.js';
import { videoJobState } from './video-job-state.js';
import { type VideoWaitOptions, waitForVideo } from './wait-for-video.js';

/**
 * The wait every `…AndPoll` helper ends with: a video just created (or remixed, extended, edited) is shown to
 * `onProgress`, returned or rejected at once when it is already over, else waited for.
 */
export async function settleVideo(
  client: Client,
  video: VideoResource,
  options: VideoWaitOptions = {},
): Promise<VideoResource> {
  await options.onProgress?.(video);
  const state = videoJobState(video);
  if (state === 'done') return video;
  if (state !== 'pending') throw new VideoFailedError(video);
  return waitForVideo(client, video.id, options);
}
