import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APIConnectionError, APIUserAbortError, createClient, NotFoundError } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { downloadVideoContent } from '../generated/functions/download-video-content.js';
import { downloadVideo } from './download-video.js';

const server = useTestServer();
const client = () => createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
const folder = () => mkdtempSync(join(tmpdir(), 'video-'));
const movie = Uint8Array.from({ length: 3 * 1024 * 1024 }, (_, index) => (index * 31 + (index >> 12)) % 256);
const thumbnail = Uint8Array.from({ length: 20_000 }, (_, index) => (index * 7) % 256);

describe('downloadVideo', () => {
  it('writes the video as it arrives, and the thumbnail through its variant query', async () => {
    server.on('GET', '/videos/{id}/content', (request) =>
      request.query.get('variant') === 'thumbnail'
        ? { body: thumbnail, headers: { 'content-type': 'image/webp' } }
        : { body: movie, chunkSize: 256 * 1024, headers: { 'content-type': 'video/mp4' } },
    );
    const directory = folder();
    await expect(downloadVideo(client(), 'video_1', join(directory, 'boat.mp4'))).resolves.toBe(movie.byteLength);
    await expect(
      downloadVideo(client(), 'video_1', join(directory, 'boat.webp'), {
        variant: 'thumbnail',
        headers: { 'x-a': '1' },
      }),
    ).resolves.toBe(thumbnail.byteLength);
    expect(readFileSync(join(directory, 'boat.mp4')).equals(movie)).toBe(true);
    expect(readFileSync(join(directory, 'boat.webp')).equals(thumbnail)).toBe(true);
    expect(readdirSync(directory).sort()).toEqual(['boat.mp4', 'boat.webp']);
    expect(server.requests.map((request) => [request.path, request.query.toString(), request.headers['x-a']])).toEqual([
      ['/v1/videos/video_1/content', '', undefined],
      ['/v1/videos/video_1/content', 'variant=thumbnail', '1'],
    ]);
  });

  it('leaves no partial file and keeps an earlier one when the body breaks off', async () => {
    const directory = folder();
    const target = join(directory, 'boat.mp4');
    writeFileSync(target, 'earlier');
    server.on('GET', '/videos/{id}/content', { body: movie, chunkSize: 256 * 1024, fault: 'close-mid-body' });
    const error = await downloadVideo(client(), 'video_1', target).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(readFileSync(target, 'utf8')).toBe('earlier');
    expect(readdirSync(directory)).toEqual(['boat.mp4']);
  });

  it('stops on abort mid-body, leaving nothing behind', async () => {
    const directory = folder();
    server.on('GET', '/videos/{id}/content', { body: movie, chunkSize: 64 * 1024, chunkDelayMs: 20 });
    const controller = new AbortController();
    const downloading = downloadVideo(client(), 'video_1', join(directory, 'boat.mp4'), {
      signal: controller.signal,
    }).catch((caught: unknown) => caught);
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    expect(await downloading).toBeInstanceOf(APIUserAbortError);
    expect(existsSync(join(directory, 'boat.mp4'))).toBe(false);
    expect(readdirSync(directory)).toEqual([]);
    await server.waitForRequestClosed();
  });

  it('rejects a video that is not ready with the API error, writing nothing', async () => {
    const directory = folder();
    server.on('GET', '/videos/{id}/content', {
      status: 404,
      json: { error: { message: 'Video is not ready yet.', type: 'invalid_request_error' } },
    });
    await expect(downloadVideo(client(), 'video_1', join(directory, 'boat.mp4'))).rejects.toBeInstanceOf(NotFoundError);
    expect(readdirSync(directory)).toEqual([]);
  });
});

describe('video content as a stream (the generated call)', () => {
  it('streams the spritesheet variant chunk by chunk', async () => {
    server.on('GET', '/videos/{id}/content', { body: movie, chunkSize: 64 * 1024 });
    const content = await downloadVideoContent(client(), 'video_1', { variant: 'spritesheet' });
    let chunks = 0;
    let bytes = 0;
    for await (const chunk of content) {
      chunks++;
      bytes += chunk.byteLength;
    }
    expect(bytes).toBe(movie.byteLength);
    expect(chunks).toBeGreaterThan(1);
    expect(server.requests[0]!.query.get('variant')).toBe('spritesheet');
  });
});
