import type { Client, RequestOptions } from '@org/core';
import { writeToPath } from '@org/core/node';
import { downloadVideoContent } from '../generated/functions/download-video-content.js';
import type { VideoContentVariant } from '../generated/types.js';

/** A video download's options: which file (`variant`), and those of its request. */
export interface DownloadVideoOptions extends RequestOptions {
  /** `video` (the MP4, by default), `thumbnail` (an image) or `spritesheet` (frames in a grid). */
  variant?: VideoContentVariant | undefined;
}

/**
 * Writes a rendered video, or its `thumbnail` or `spritesheet` (`options.variant`), to `path` as it arrives, a chunk
 * at a time, through a temporary file renamed into place: a failed or aborted download leaves no partial file and
 * keeps an earlier one. Resolves to the bytes written.
 */
export async function downloadVideo(
  client: Client,
  videoId: string,
  path: string,
  options: DownloadVideoOptions = {},
): Promise<number> {
  const { variant, ...request } = options;
  const content = await downloadVideoContent(client, videoId, variant === undefined ? undefined : { variant }, request);
  return writeToPath(content, path);
}
