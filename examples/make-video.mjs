// Make a video: create it and wait as the server asks (openai-poll-after-ms), with its progress, then download the
// video and its thumbnail to files as they arrive.
// Run: node examples/make-video.mjs (set OPENAI_API_KEY to call the real API: a real video takes minutes, and costs).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createVideoAndPoll } from '@org/videos';
import { downloadVideo } from '@org/videos/node';
import { runStandalone } from './run-standalone.mjs';

/** What the local server answers when there is no API key: a video that renders in three checks, 150 ms apart. */
export function scriptReplies(server) {
  const video = (status, progress) => ({
    id: 'video_local',
    object: 'video',
    model: 'sora-2',
    status,
    progress,
    created_at: Math.floor(Date.now() / 1000),
    completed_at: null,
    expires_at: null,
    prompt: 'A paper boat on a pond',
    size: '1280x720',
    seconds: '4',
    remixed_from_video_id: null,
    error: null,
  });
  const later = (status, progress) => ({ json: video(status, progress), headers: { 'openai-poll-after-ms': '150' } });
  server.on('POST', '/videos', { json: video('queued', 0) });
  server.on('GET', '/videos/{id}', later('in_progress', 35), later('in_progress', 80), {
    json: video('completed', 100),
  });
  server.on('GET', '/videos/{id}/content', (request) => ({
    body: new Uint8Array(request.query.get('variant') === 'thumbnail' ? 12_000 : 400_000),
    chunkSize: 64 * 1024,
  }));
}

export async function run({ client, log = console.log }) {
  const video = await createVideoAndPoll(
    client,
    { model: 'sora-2', prompt: 'A paper boat on a pond', seconds: '4', size: '1280x720' },
    { pollTimeoutMs: 15 * 60_000, onProgress: ({ status, progress }) => log(`${status} ${progress}%`) },
  );
  const directory = mkdtempSync(join(tmpdir(), 'video-example-'));
  const movie = await downloadVideo(client, video.id, join(directory, 'boat.mp4'));
  const thumbnail = await downloadVideo(client, video.id, join(directory, 'boat.webp'), { variant: 'thumbnail' });
  log(`Saved boat.mp4 (${movie} bytes) and boat.webp (${thumbnail} bytes) in ${directory}`);
  return video;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runStandalone({ run, scriptReplies });
