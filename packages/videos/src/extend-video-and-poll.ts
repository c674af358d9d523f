import type { Client } from '@org/core';
import { extendVideo } from './generated/functions/extend-video.js';
import type { ExtendVideoBody, VideoResource } from './generated/types.js';
import { startOptionsOf } from './start-options-of.js';
import { pollVideo, type VideoWaitOptions } from './wait-for-video.js';

/**
 * Extends a completed video by `body.seconds` as `body.prompt` says and waits until the longer video is rendered, as
 * `waitForVideo` waits (`openai-poll-after-ms`, `pollIntervalMs`, `pollTimeoutMs`, `signal`, `onProgress`). One that
 * fails rejects with `VideoFailedError`.
 */
export async function extendVideoAndPoll(
  client: Client,
  body: ExtendVideoBody,
  options?: VideoWaitOptions,
): Promise<VideoResource> {
  const video = await extendVideo(client, body, startOptionsOf(options));
  return pollVideo(client, video.id, options, video);
}
