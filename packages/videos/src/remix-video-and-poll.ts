import type { Client } from '@org/core';
import { remixVideo } from './generated/functions/remix-video.js';
import type { CreateVideoRemixBody, VideoResource } from './generated/types.js';
import { startOptionsOf } from './start-options-of.js';
import { pollVideo, type VideoWaitOptions } from './wait-for-video.js';

/**
 * Remixes a completed video with a new prompt and waits until the remix is rendered. It waits as `waitForVideo` does
 * (`openai-poll-after-ms`, `pollIntervalMs`, `pollTimeoutMs`, `signal`, `onProgress`); a remix that fails rejects with
 * `VideoFailedError`.
 */
export async function remixVideoAndPoll(
  client: Client,
  videoId: string,
  body: CreateVideoRemixBody,
  options?: VideoWaitOptions,
): Promise<VideoResource> {
  const video = await remixVideo(client, videoId, body, startOptionsOf(options));
  return pollVideo(client, video.id, options, video);
}
