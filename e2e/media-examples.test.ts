// The embeddings, images, audio and videos examples, run offline as `pnpm demo` runs them: against @org/testing with
// their scripted replies.
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { createClient } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import * as embedAndSearch from '../examples/embed-and-search.mjs';
import * as imageGenerateAndSave from '../examples/image-generate-and-save.mjs';
import * as makeVideo from '../examples/make-video.mjs';
import * as speakAndTranscribe from '../examples/speak-and-transcribe.mjs';
import { type Example, runExampleOffline } from './support/run-example-offline.js';

const server = useTestServer();

const runOffline = (example: Example) =>
  runExampleOffline(server, example, createClient({ apiKey: 'sk-local', baseURL: server.baseURL }));

describe('media examples', () => {
  it('embeds a small corpus as base64 and finds the text closest to the question', async () => {
    const lines = await runOffline(embedAndSearch);
    expect(lines[0]).toBe(
      '5 texts embedded as Float32Array(64); asked: "How long does a refund take to reach my card?"',
    );
    expect(lines[1]).toMatch(/^0\.\d{3} {2}Refunds go back to the card that paid, within a week\.$/);
    expect(server.requests[0]!.json()).toMatchObject({ model: 'text-embedding-3-small', encoding_format: 'base64' });
  });

  it('generates an image and saves it as a PNG file', async () => {
    const lines = await runOffline(imageGenerateAndSave);
    const path = lines[0]!.replace('Saved ', '');
    expect(path).toMatch(/lighthouse-1\.png$/);
    expect(readFileSync(path).subarray(1, 4).toString()).toBe('PNG');
    rmSync(dirname(path), { recursive: true });
  });

  it('speaks into a file, then transcribes the file as a stream of deltas', async () => {
    const lines = await runOffline(speakAndTranscribe);
    const path = lines[0]!.match(/into (.+)$/)![1]!;
    expect(statSync(path).size).toBe(48_000);
    expect(lines[1]).toBe('Heard, in 9 deltas: "The quick brown fox jumps over the lazy dog." (51 tokens)');
    const upload = server.requests[1]!.parts!.find((part) => part.name === 'file')!;
    expect(upload).toMatchObject({ filename: 'fox.mp3', size: 48_000 });
    rmSync(dirname(path), { recursive: true });
  });

  it('makes a video, waiting as the server asks, and saves it with its thumbnail', async () => {
    const started = Date.now();
    const lines = await runOffline(makeVideo);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(lines.slice(0, 4)).toEqual(['queued 0%', 'in_progress 35%', 'in_progress 80%', 'completed 100%']);
    const directory = lines[4]!.match(/ in (.+)$/)![1]!;
    expect(statSync(`${directory}/boat.mp4`).size).toBe(400_000);
    expect(existsSync(`${directory}/boat.webp`)).toBe(true);
    expect(server.requests.map((request) => `${request.method} ${request.path}?${request.query}`)).toEqual([
      'POST /v1/videos?',
      'GET /v1/videos/video_local?',
      'GET /v1/videos/video_local?',
      'GET /v1/videos/video_local?',
      'GET /v1/videos/video_local/content?',
      'GET /v1/videos/video_local/content?variant=thumbnail',
    ]);
    rmSync(directory, { recursive: true });
  });
});
