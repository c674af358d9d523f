import type { Client } from '@org/core';
import { createVideo } from './generated/functions/create-video.js';
import type { CreateVideoBody, VideoResource } from './generated/types.js';
import { startOptionsOf } from './start-options-of.js';
import { pollVideo, type VideoWaitOptions } from './wait-for-video.js';

/**
 * Creates a video from a prompt (and a reference image if given) and waits until it is rendered, as `waitForVideo`
 * waits (`openai-poll-after-ms`, `pollIntervalMs`, `pollTimeoutMs`, `signal`, `onProgress`). A video that fails
 * rejects with `VideoFailedError`.
 */
export async function createVideoAndPoll(
  client: Client,
  body: CreateVideoBody,
  options?: VideoWaitOptions,
): Promise<VideoResource> {
  const video = await createVideo(client, body, startOptionsOf(options));
  return pollVideo(client, video.id, options, video);
}
