import { JobFailedError } from '@org/core';
import type { VideoResource } from './generated/types.js';

/** A video ended `failed`; `video` is the video as it ended, its `error` saying why (in the message too). */
export class VideoFailedError extends JobFailedError {
  static override readonly kind: string = 'VideoFailedError';

  /** The video as last seen: the same object as `job`, typed. */
  readonly video: VideoResource;

  constructor(video: VideoResource) {
    super(`video ${video.id}`, video.status, video);
    this.video = video;
    if (video.error?.message) this.message = `The video ${video.id} ended ${video.status}: ${video.error.message}`;
  }
}

declare module '@org/core' {
  interface ErrorKindMap {
    VideoFailedError: VideoFailedError;
  }
}
