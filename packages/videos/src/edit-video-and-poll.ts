import type { Client } from '@org/core';
import { editVideo } from './generated/functions/edit-video.js';
import type { EditVideoBody, VideoResource } from './generated/types.js';
import { startOptionsOf } from './start-options-of.js';
import { pollVideo, type VideoWaitOptions } from './wait-for-video.js';

/**
 * Edits a video (a completed one by `{ id }`, or an upload) as `body.prompt` says and waits until the new video is
 * rendered, as `waitForVideo` waits (`openai-poll-after-ms`, `pollIntervalMs`, `pollTimeoutMs`, `signal`,
 * `onProgress`). One that fails rejects with `VideoFailedError`.
 */
export async function editVideoAndPoll(
  client: Client,
  body: EditVideoBody,
  options?: VideoWaitOptions,
): Promise<VideoResource> {
  const video = await editVideo(client, body, startOptionsOf(options));
  return pollVideo(client, video.id, options, video);
}
