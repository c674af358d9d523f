import type { ReplySpec } from '@org/testing';
import type { VideoResource, VideoStatus } from '../generated/types.js';

/** A video as the API returns it, in `status`, `progress` percent done. */
export function fakeVideo(status: VideoStatus, fields: Partial<VideoResource> = {}): VideoResource {
  return {
    id: 'video_1',
    object: 'video',
    model: 'sora-2',
    status,
    progress: status === 'completed' ? 100 : 0,
    created_at: 1_765_000_000,
    completed_at: status === 'completed' ? 1_765_000_090 : null,
    expires_at: null,
    prompt: 'A paper boat on a pond',
    size: '1280x720',
    seconds: '4',
    remixed_from_video_id: null,
    error: null,
    ...fields,
  };
}

/** A reply with the video, asking the client to check again in `pollAfterMs` when given. */
export function videoReply(video: VideoResource, pollAfterMs?: number): ReplySpec {
  return { json: video, headers: pollAfterMs === undefined ? {} : { 'openai-poll-after-ms': String(pollAfterMs) } };
}
