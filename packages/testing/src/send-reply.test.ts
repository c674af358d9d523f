import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, createGunzip, gunzipSync, inflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './start-test-server.js';

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer();
});

afterEach(async () => {
  await server.close();
});

describe('reply bodies', () => {
  it('sends raw string and byte bodies with content-length', async () => {
    server.on('GET', '/text', { body: 'plain' });
    server.on('GET', '/bytes', { body: new Uint8Array([0, 1, 2, 255]), headers: { 'content-type': 'audio/mpeg' } });

    const text = await fetch(`${server.url}/text`);
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(text.headers.get('content-length')).toBe('5');
    expect(await text.text()).toBe('plain');

    const bytes = await fetch(`${server.url}/bytes`);
    expect(bytes.headers.get('content-type')).toBe('audio/mpeg');
    expect(new Uint8Array(await bytes.arrayBuffer())).toEqual(new Uint8Array([0, 1, 2, 255]));
  });

  it('waits delayMs before answering', async () => {
    server.on('GET', '/late', { delayMs: 80, json: {} });

    const started = Date.now();
    await fetch(`${server.url}/late`);

    expect(Date.now() - started).toBeGreaterThanOrEqual(75);
  });

  it('stops waiting out delayMs when the client goes away', async () => {
    server.on('GET', '/late', { delayMs: 60_000, json: {} });
    const controller = new AbortController();
    const pending = fetch(`${server.url}/late`, { signal: controller.signal });
    await server.waitForRequests(1);

    controller.abort();

    await expect(pending).rejects.toThrow();
    await server.waitForRequestClosed();
    expect(server.lastRequest()?.aborted).toBe(true);
  });

  it('answers with an empty body when nothing is scripted', async () => {
    server.on('DELETE', '/thing', { status: 204 });

    const res = await fetch(`${server.url}/thing`, { method: 'DELETE' });

    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
  });
});

describe('faults', () => {
  it('reset: the client sees a connection error', async () => {
    server.on('POST', '/chat/completions', { fault: 'reset' });

    await expect(fetch(`${server.baseURL}/chat/completions`, { method: 'POST', body: '{}' })).rejects.toThrow(
      'fetch failed',
    );
    expect(server.requests).toHaveLength(1);
    expect(server.lastRequest()?.aborted).toBe(false);
  });

  it('close-mid-body: headers arrive, reading the body fails', async () => {
    server.on('GET', '/file', { body: 'x'.repeat(1000), fault: 'close-mid-body' });

    const res = await fetch(`${server.url}/file`);

    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });

  it('close-mid-body on an SSE stream delivers the first events, then fails', async () => {
    server.on('GET', '/stream', {
      sse: [{ data: 1 }, { data: 2 }, { data: 3 }],
      fault: 'close-mid-body',
      faultAfterChunks: 2,
    });

    const received = await new Promise<{ body: string; error: boolean }>((resolve) => {
      let body = '';
      httpRequest(`${server.url}/stream`, (res) => {
        res.on('data', (chunk: Buffer) => {
          body += chunk;
        });
        res.on('end', () => resolve({ body, error: false }));
        res.on('error', () => resolve({ body, error: true }));
      })
        // Node may report the broken connection on the request rather than the response.
        .on('error', () => resolve({ body, error: true }))
        .end();
    });

    expect(received).toEqual({ body: 'data: 1\n\ndata: 2\n\n', error: true });
  });

  it('reset-mid-body: headers and the first events arrive, then the connection is reset', async () => {
    server.on('GET', '/stream', { sse: [{ data: 1 }, { data: 2 }], fault: 'reset-mid-body', faultAfterChunks: 1 });

    const received = await new Promise<{ body: string; error: string | undefined }>((resolve) => {
      let body = '';
      const failed = (error: NodeJS.ErrnoException) => resolve({ body, error: error.code ?? error.message });
      httpRequest(`${server.url}/stream`, (res) => {
        res.on('data', (chunk: Buffer) => {
          body += chunk;
        });
        res.on('end', () => resolve({ body, error: undefined }));
        res.on('error', failed);
      })
        // Node may report the reset on the request rather than the response.
        .on('error', failed)
        .end();
    });

    expect(received).toEqual({ body: 'data: 1\n\n', error: 'ECONNRESET' });
  });

  it('end-mid-body: a well-formed reply whose content stops after the first events', async () => {
    server.on('GET', '/stream', { sse: [{ data: 1 }, { data: 2 }, { data: 3 }], fault: 'end-mid-body' });
    server.on('GET', '/json', { json: { text: 'x'.repeat(100) }, fault: 'end-mid-body' });

    const stream = await fetch(`${server.url}/stream`);
    expect(await stream.text()).toBe('data: 1\n\n');
    const json = await fetch(`${server.url}/json`);
    expect(json.headers.get('content-length')).toBeNull();
    const text = await json.text();
    expect(text).toBe(JSON.stringify({ text: 'x'.repeat(100) }).slice(0, 56));
    await server.waitForRequestClosed();
    expect(server.lastRequest()?.aborted).toBe(false);
  });

  it('stall: the client gives up and the server sees the request closed', async () => {
    server.on('POST', '/responses', { fault: 'stall' });

    const controller = new AbortController();
    const pending = fetch(`${server.baseURL}/responses`, { method: 'POST', body: '{}', signal: controller.signal });
    await server.waitForRequests(1);
    controller.abort();
    await expect(pending).rejects.toThrow(/aborted/);

    await server.waitForRequestClosed();
    expect(server.lastRequest()?.aborted).toBe(true);
    await server.waitForConnections(0);
  });

  it('stall-mid-body: the first chunk arrives, then nothing until the client aborts', async () => {
    server.on('GET', '/stream', { sse: ['data: first\n\n', 'data: second\n\n'], fault: 'stall-mid-body' });
    const controller = new AbortController();

    const res = await fetch(`${server.url}/stream`, { signal: controller.signal });
    const reader = res.body!.getReader();
    let received = '';
    while (received.length < 'data: first\n\n'.length)
      received += new TextDecoder().decode((await reader.read()).value);
    expect(received).toBe('data: first\n\n');

    const next = reader.read();
    const timedOut = await Promise.race([next.then(() => false), new Promise((r) => setTimeout(r, 100, true))]);
    expect(timedOut).toBe(true);

    controller.abort();
    await expect(next).rejects.toThrow();
    await server.waitForRequestClosed(0);
    expect(server.requests[0]?.aborted).toBe(true);
  });

  it('reads the whole request body before a fault', async () => {
    server.on('POST', '/upload', { fault: 'reset' });

    await expect(fetch(`${server.url}/upload`, { method: 'POST', body: 'y'.repeat(200_000) })).rejects.toThrow();

    await server.waitForRequests(1);
    expect(server.lastRequest()?.bodySize).toBe(200_000);
  });
});

describe('compress', () => {
  /** The raw bytes of a reply, undecoded, as they arrive chunk by chunk. */
  function rawReply(path: string): Promise<{ headers: Record<string, unknown>; chunks: Buffer[] }> {
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

  it.each([
    ['gzip', gunzipSync],
    ['deflate', inflateSync],
    ['br', brotliDecompressSync],
  ] as const)(
    '%s: the body goes compressed, with its content-encoding and compressed length',
    async (compress, decode) => {
      const json = { id: 'chatcmpl-1', content: 'hello '.repeat(100) };
      server.on('GET', '/json', { json, compress });

      const { headers, chunks } = await rawReply('/json');
      const raw = Buffer.concat(chunks);

      expect(headers['content-encoding']).toBe(compress);
      expect(headers['content-length']).toBe(String(raw.byteLength));
      expect(raw.byteLength).toBeLessThan(JSON.stringify(json).length);
      expect(JSON.parse(decode(raw).toString())).toEqual(json);
      // fetch undoes it as a browser would
      server.on('GET', '/json', { json, compress });
      expect(await (await fetch(`${server.url}/json`)).json()).toEqual(json);
    },
  );

  it('flushes each SSE event, so the first decodes before the stream ends', async () => {
    server.on('GET', '/stream', {
      sse: ['data: first\n\n', 'data: second\n\n'],
      compress: 'gzip',
      fault: 'stall-mid-body',
    });
    const decoded = await new Promise<string>((resolve, reject) => {
      const request = httpRequest(`${server.url}/stream`, (res) => {
        const gunzip = createGunzip();
        res.pipe(gunzip).on('data', (chunk: Buffer) => {
          request.destroy();
          resolve(chunk.toString());
        });
      });
      request.on('error', reject).end();
    });

    expect(decoded).toBe('data: first\n\n');
  });

  it('cuts the compressed stream short with a mid-body fault', async () => {
    server.on('GET', '/file', { body: 'x'.repeat(10_000), chunkSize: 1000, compress: 'br', fault: 'close-mid-body' });

    const res = await fetch(`${server.url}/file`);

    expect(res.headers.get('content-encoding')).toBe('br');
    await expect(res.text()).rejects.toThrow();
  });
});
