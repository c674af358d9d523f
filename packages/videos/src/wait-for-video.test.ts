import { APIUserAbortError, type Client, createClient, JobTimeoutError } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { beforeEach, describe, expect, it } from 'vitest';
import { createVideoAndPoll } from './create-video-and-poll.js';
import { editVideoAndPoll } from './edit-video-and-poll.js';
import { extendVideoAndPoll } from './extend-video-and-poll.js';
import { remixVideoAndPoll } from './remix-video-and-poll.js';
import { fakeVideo, videoReply } from './test-support/fake-video.js';
import { VideoFailedError } from './video-failed-error.js';
import { waitForVideo } from './wait-for-video.js';

const server = useTestServer();
let client: Client;
beforeEach(() => {
  client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
});

const rendering = (progress: number, pollAfterMs = 10) =>
  videoReply(fakeVideo('in_progress', { progress }), pollAfterMs);

describe('waitForVideo', () => {
  it('checks as often as the server asks (openai-poll-after-ms), not the interval, and reports progress', async () => {
    server.on('GET', '/videos/{id}', rendering(0), rendering(40), rendering(90), videoReply(fakeVideo('completed')));
    const seen: string[] = [];
    const started = Date.now();
    const video = await waitForVideo(client, 'video_1', {
      pollIntervalMs: 60_000,
      headers: { 'x-job': 'v1' },
      onProgress: (each) => {
        seen.push(`${each.status} ${each.progress}%`);
      },
    });
    expect(video).toMatchObject({ id: 'video_1', status: 'completed' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(seen).toEqual(['in_progress 0%', 'in_progress 40%', 'in_progress 90%', 'completed 100%']);
    expect(server.requests.map((request) => [request.method, request.path, request.headers['x-job']])).toEqual(
      Array(4).fill(['GET', '/v1/videos/video_1', 'v1']),
    );
  });

  it('waits the interval when the server does not say', async () => {
    server.on('GET', '/videos/{id}', videoReply(fakeVideo('queued')), videoReply(fakeVideo('completed')));
    const started = Date.now();
    await waitForVideo(client, 'video_1', { pollIntervalMs: 150 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(server.requests).toHaveLength(2);
  });

  it('rejects a failed video with VideoFailedError, saying why', async () => {
    const error = { code: 'moderation_blocked', message: 'The prompt was blocked.' };
    server.on('GET', '/videos/{id}', rendering(10), videoReply(fakeVideo('failed', { error })));
    const failure = await waitForVideo(client, 'video_1').catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(VideoFailedError);
    expect(failure).toMatchObject({ status: 'failed', what: 'video video_1', video: { error } });
    expect((failure as Error).message).toBe('The video video_1 ended failed: The prompt was blocked.');
  });

  it('gives up with JobTimeoutError after pollTimeoutMs, the video as last seen', async () => {
    server.on('GET', '/videos/{id}', rendering(30, 40));
    const error = await waitForVideo(client, 'video_1', { pollTimeoutMs: 100 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect((error as JobTimeoutError).job).toMatchObject({ id: 'video_1', progress: 30 });
  });

  it('stops at once with APIUserAbortError when the signal aborts, and sends nothing more', async () => {
    server.on('GET', '/videos/{id}', rendering(5, 60_000));
    const controller = new AbortController();
    const waiting = waitForVideo(client, 'video_1', { signal: controller.signal }).catch((caught: unknown) => caught);
    await server.waitForRequests(1);
    controller.abort();
    expect(await waiting).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(1);
  });

  it('ends with the error of an onProgress that throws', async () => {
    server.on('GET', '/videos/{id}', rendering(5));
    const stop = new Error('not that one');
    const waiting = waitForVideo(client, 'video_1', {
      onProgress: () => {
        throw stop;
      },
    });
    await expect(waiting).rejects.toBe(stop);
  });
});

describe('…AndPoll: create, remix, extend and edit with the same wait', () => {
  it('createVideoAndPoll creates, then waits with the poll-after header, sending the call options once', async () => {
    server.on('POST', '/videos', { json: fakeVideo('queued') });
    server.on('GET', '/videos/{id}', rendering(50), videoReply(fakeVideo('completed')));
    const progress: number[] = [];
    const video = await createVideoAndPoll(
      client,
      { model: 'sora-2', prompt: 'A paper boat on a pond', seconds: '4' },
      { pollIntervalMs: 60_000, idempotencyKey: 'make-1', onProgress: (each) => void progress.push(each.progress) },
    );
    expect(video.status).toBe('completed');
    expect(progress).toEqual([0, 50, 100]);
    const [create, ...checks] = server.requests;
    expect(create!.json()).toEqual({ model: 'sora-2', prompt: 'A paper boat on a pond', seconds: '4' });
    expect(create!.headers['idempotency-key']).toBe('make-1');
    expect(checks.map((check) => [check.method, check.path, check.headers['idempotency-key']])).toEqual([
      ['GET', '/v1/videos/video_1', undefined],
      ['GET', '/v1/videos/video_1', undefined],
    ]);
  });

  it('remixVideoAndPoll remixes a video and waits for the remix', async () => {
    const remix = (status: 'queued' | 'completed') =>
      fakeVideo(status, { id: 'video_2', remixed_from_video_id: 'video_1', prompt: 'At night' });
    server.on('POST', '/videos/{id}/remix', { json: remix('queued') });
    server.on('GET', '/videos/{id}', videoReply(remix('queued'), 10), videoReply(remix('completed')));
    const video = await remixVideoAndPoll(client, 'video_1', { prompt: 'At night' }, { pollIntervalMs: 60_000 });
    expect(video).toMatchObject({ id: 'video_2', status: 'completed', remixed_from_video_id: 'video_1' });
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /v1/videos/video_1/remix',
      'GET /v1/videos/video_2',
      'GET /v1/videos/video_2',
    ]);
    expect(server.requests[0]!.json()).toEqual({ prompt: 'At night' });
  });

  it('extendVideoAndPoll and editVideoAndPoll wait for the new video the same way', async () => {
    server.on('POST', '/videos/extensions', { json: fakeVideo('queued', { id: 'video_3', seconds: '12' }) });
    server.on('POST', '/videos/edits', { json: fakeVideo('in_progress', { id: 'video_4' }) });
    server.on(
      'GET',
      '/videos/{id}',
      videoReply(fakeVideo('in_progress', { id: 'video_3' }), 10),
      videoReply(fakeVideo('completed', { id: 'video_3', seconds: '12' })),
      videoReply(fakeVideo('completed', { id: 'video_4' })),
    );
    const longer = await extendVideoAndPoll(
      client,
      { video: { id: 'video_1' }, prompt: 'The boat drifts away', seconds: '8' },
      { pollIntervalMs: 60_000 },
    );
    expect(longer).toMatchObject({ id: 'video_3', status: 'completed', seconds: '12' });
    const edited = await editVideoAndPoll(client, { video: { id: 'video_1' }, prompt: 'In watercolour' });
    expect(edited).toMatchObject({ id: 'video_4', status: 'completed' });
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /v1/videos/extensions',
      'GET /v1/videos/video_3',
      'GET /v1/videos/video_3',
      'POST /v1/videos/edits',
      'GET /v1/videos/video_4',
    ]);
    expect(server.requests[0]!.json()).toEqual({
      video: { id: 'video_1' },
      prompt: 'The boat drifts away',
      seconds: '8',
    });
  });

  it('returns a video already completed, and rejects one already failed, without a check', async () => {
    server.on('POST', '/videos', { json: fakeVideo('completed') }, { json: fakeVideo('failed') });
    await expect(createVideoAndPoll(client, { prompt: 'Quick' })).resolves.toMatchObject({ status: 'completed' });
    await expect(createVideoAndPoll(client, { prompt: 'Blocked' })).rejects.toBeInstanceOf(VideoFailedError);
    expect(server.requests.map((request) => request.method)).toEqual(['POST', 'POST']);
  });
});
