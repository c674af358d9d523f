import type { RequestOptions } from '@org/core';
import { requestOptionsOf } from '@org/core/internal';
import type { VideoWaitOptions } from './wait-for-video.js';

/** The options of the request that starts a video: a video helper's own, less the poller's and `onProgress`. */
export function startOptionsOf(options: VideoWaitOptions = {}): RequestOptions {
  const { onProgress, ...wait } = options;
  return requestOptionsOf(wait);
}
