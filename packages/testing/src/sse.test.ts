import { request as httpRequest } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeSSE, sseDone } from './sse.js';
import { startTestServer, type TestServer } from './start-test-server.js';

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer();
});

afterEach(async () => {
  await server.close();
});

/** GETs a path with node:http and returns each body chunk as it arrived. */
function getChunks(path: string): Promise<{ headers: Record<string, unknown>; chunks: Buffer[] }> {
  return new Promise((resolve, reject) => {
    httpRequest(`${server.url}${path}`, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, chunks }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

describe('serializeSSE', () => {
  it('writes event, id and one data line per line of data', () => {
    expect(serializeSSE({ event: 'delta', id: '7', data: 'a\nb' })).toBe('event: delta\nid: 7\ndata: a\ndata: b\n\n');
  });

  it('JSON-encodes non-string data', () => {
    expect(serializeSSE({ data: { text: 'hi' } })).toBe('data: {"text":"hi"}\n\n');
  });

  it('passes raw strings through', () => {
    expect(serializeSSE(': comment\n\n')).toBe(': comment\n\n');
    expect(sseDone).toBe('data: [DONE]\n\n');
  });
});

describe('SSE replies', () => {
  it('streams events with an event-stream content type', async () => {
    server.on('POST', '/chat/completions', { sse: [{ data: { choices: [{ delta: { content: 'Hi' } }] } }, sseDone] });

    const res = await fetch(`${server.baseURL}/chat/completions`, { method: 'POST', body: '{}' });

    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(await res.text()).toBe('data: {"choices":[{"delta":{"content":"Hi"}}]}\n\ndata: [DONE]\n\n');
  });

  it('writes raw strings exactly as given', async () => {
    const raw = ['event: response.created\r\ndata: {"a":', '1}\r\n\r\n', ': keep-alive\n\n'];
    server.on('GET', '/raw', { sse: raw });

    const res = await fetch(`${server.url}/raw`);

    expect(await res.text()).toBe(raw.join(''));
  });

  it('splits the bytes into chunks, even through a multi-byte character, and they arrive intact', async () => {
    const events = [{ data: { text: 'héllo wörld 🌍' } }, { event: 'done', data: '€' }];
    server.on('GET', '/stream', { sse: events, chunkSize: 3, chunkDelayMs: 2 });
    const expected = Buffer.from(events.map((event) => serializeSSE(event)).join(''));

    const { chunks } = await getChunks('/stream');

    expect(Buffer.concat(chunks).equals(expected)).toBe(true);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk.length <= 3)).toBe(true);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const splitsACharacter = chunks.some((chunk) => {
      try {
        decoder.decode(chunk);
        return false;
      } catch {
        return true;
      }
    });
    expect(splitsACharacter).toBe(true);
  });

  it('delays between events', async () => {
    server.on('GET', '/slow', { sse: [{ data: 1 }, { data: 2 }, { data: 3 }], chunkDelayMs: 40 });

    const started = Date.now();
    const { chunks } = await getChunks('/slow');

    expect(Date.now() - started).toBeGreaterThanOrEqual(70);
    expect(Buffer.concat(chunks).toString()).toBe('data: 1\n\ndata: 2\n\ndata: 3\n\n');
  });
});
