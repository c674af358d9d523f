import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createClient } from '../client/create-client.js';
import { StreamError } from '../errors/stream-error.js';
import { caught } from '../test-support/caught.js';
import { collect } from '../test-support/collect.js';
import { createNdjsonStream } from './create-ndjson-stream.js';

const server = useTestServer();

const download = (maxBufferSize?: number) =>
  createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 }).request({
    method: 'GET',
    path: '/files/file-1/content',
    read: (source) => createNdjsonStream<{ n: number }>(source, { maxBufferSize }),
  });

describe('createNdjsonStream', () => {
  it('yields each line of a file as it arrives, split anywhere, blank lines skipped, the last without its LF', async () => {
    const body = '{"n":1}\n\n{"n":2}\r\n{"n":3}';
    server.on('GET', '/files/{id}/content', { body, chunkSize: 3, headers: { 'content-type': 'application/jsonl' } });
    const stream = await download();
    expect(stream.meta.status).toBe(200);
    expect(await collect(stream)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('raises a StreamError quoting a line that is not JSON', async () => {
    server.on('GET', '/files/{id}/content', { body: '{"n":1}\nnot json\n' });
    const error = await caught(collect(await download()));
    expect(error).toBeInstanceOf(StreamError);
    expect(error.message).toContain('not json');
  });

  it('raises a StreamError for a line longer than maxBufferSize', async () => {
    server.on('GET', '/files/{id}/content', { body: `{"n":"${'x'.repeat(200)}"}\n`, chunkSize: 16, chunkDelayMs: 2 });
    expect(await caught(collect(await download(64)))).toBeInstanceOf(StreamError);
  });

  it('frees the connection when the reader leaves early', async () => {
    const lines = Array.from({ length: 50 }, (_, n) => `{"n":${n}}\n`).join('');
    server.on('GET', '/files/{id}/content', { body: lines, chunkSize: 8, chunkDelayMs: 5 });
    for await (const line of await download()) if (line.n === 1) break;
    await server.waitForRequestClosed();
    expect(server.requests[0]?.aborted).toBe(true);
  });
});
