import type { Client, WaitOptions } from '@org/core';
import { waitForJob } from '@org/core/internal';
import { retrieveVideo } from './generated/functions/retrieve-video.js';
import type { VideoResource } from './generated/types.js';
import { VideoFailedError } from './video-failed-error.js';
import { videoJobState } from './video-job-state.js';

/** How a video helper waits: the poller's options, those of its requests, and a progress callback. */
export interface VideoWaitOptions extends WaitOptions {
  /**
   * Sees the video at each check, before it is judged (`video.progress` is its percent); the wait goes on once what
   * it returns settles, and ends with its error if it throws.
   */
  onProgress?: ((video: VideoResource) => void | Promise<void>) | undefined;
}

/**
 * Waits until a video is rendered, checking it as often as the server asks (`openai-poll-after-ms`) or every
 * `pollIntervalMs` (5 s by default). Resolves to the video once `completed`; one that ends `failed` rejects with
 * `VideoFailedError` (a `JobFailedError`, its `video.error` saying why). Gives up with `JobTimeoutError` after
 * `pollTimeoutMs`, and with `APIUserAbortError` when `signal` aborts; the video goes on rendering.
 */
export function waitForVideo(client: Client, videoId: string, options?: VideoWaitOptions): Promise<VideoResource> {
  return pollVideo(client, videoId, options);
}

/**
 * `waitForVideo`, given the video as a call just returned it (`known`): shown to `onProgress` and judged before any
 * check, so a video already over when created costs no request. What every `…AndPoll` helper ends with.
 */
export function pollVideo(
  client: Client,
  videoId: string,
  options: VideoWaitOptions = {},
  known?: VideoResource,
): Promise<VideoResource> {
  const { onProgress, ...wait } = options;
  return waitForJob(`video ${videoId}`, (check) => retrieveVideo(client, videoId, check), videoJobState, wait, {
    failure: (video) => new VideoFailedError(video),
    onCheck: onProgress && ((video) => onProgress(video)),
    known,
  });
}
