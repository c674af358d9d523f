import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECORDED_BODY_BYTES } from './recorded-request.js';
import { startTestServer, type TestServer } from './start-test-server.js';

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer();
});

afterEach(async () => {
  await server.close();
});

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

describe('recorded requests', () => {
  it('records method, raw path, query, headers and JSON body', async () => {
    server.on('POST', '/files/{id}', { json: {} });

    await fetch(`${server.baseURL}/files/a%2Fb?limit=2&order=desc`, {
      method: 'post',
      headers: { authorization: 'Bearer sk-test', 'content-type': 'application/json', 'X-Custom': 'yes' },
      body: JSON.stringify({ purpose: 'batch' }),
    });

    const [request] = server.requests;
    expect(request).toMatchObject({
      method: 'POST',
      path: '/v1/files/a%2Fb',
      routePath: '/files/a%2Fb',
      rawUrl: '/v1/files/a%2Fb?limit=2&order=desc',
      bodyTruncated: false,
      aborted: false,
    });
    expect(Object.fromEntries(request!.query)).toEqual({ limit: '2', order: 'desc' });
    expect(request!.headers.authorization).toBe('Bearer sk-test');
    expect(request!.headers['x-custom']).toBe('yes');
    expect(request!.json()).toEqual({ purpose: 'batch' });
    expect(request!.text()).toBe('{"purpose":"batch"}');
    expect(request!.bodySize).toBe(19);
    expect(request!.parts).toBeUndefined();
  });

  it('joins repeated headers with a comma', async () => {
    server.on('GET', '/h', { json: {} });

    await new Promise<void>((resolve, reject) => {
      httpRequest(`${server.url}/h`, { headers: { 'x-multi': ['a', 'b'] } }, (res) => {
        res.resume().on('end', resolve);
      })
        .on('error', reject)
        .end();
    });

    expect(server.lastRequest()?.headers['x-multi']).toBe('a, b');
  });

  it('records requests in arrival order', async () => {
    server.on('*', /.*/, { json: {} });

    await fetch(`${server.url}/one`);
    await fetch(`${server.url}/two`, { method: 'PUT', body: 'x' });

    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /one', 'PUT /two']);
    expect(server.lastRequest()?.path).toBe('/two');
  });

  it('streams multipart parts, hashing each one', async () => {
    server.on('POST', '/files', { json: { id: 'file-1' } });
    const file = new Uint8Array(300_000).map((_, i) => (i * 7) % 256);
    const form = new FormData();
    form.append('purpose', 'fine-tune');
    form.append('file', new Blob([file], { type: 'application/jsonl' }), 'train "set".jsonl');

    const res = await fetch(`${server.baseURL}/files`, { method: 'POST', body: form });
    expect(res.status).toBe(200);

    const parts = server.lastRequest()!.parts!;
    expect(
      parts.map(({ name, filename, contentType, size, sha256 }) => ({ name, filename, contentType, size, sha256 })),
    ).toEqual([
      { name: 'purpose', filename: undefined, contentType: undefined, size: 9, sha256: sha256('fine-tune') },
      {
        name: 'file',
        filename: 'train "set".jsonl',
        contentType: 'application/jsonl',
        size: file.length,
        sha256: sha256(file),
      },
    ]);
    expect(parts[0]!.text()).toBe('fine-tune');
    expect(() => parts[1]!.text()).toThrow(/64 KiB/);
  });

  it('counts a 50 MiB streamed upload but keeps only the first 1 MiB', async () => {
    server.on('POST', '/uploads/{id}/parts', { json: { ok: true } });
    const total = 50 * 1024 * 1024;
    const chunk = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < chunk.length; i++) chunk[i] = i % 251;

    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${server.baseURL}/uploads/up_1/parts`, { method: 'POST' }, (res) => {
        res.resume().on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      let sent = 0;
      const pump = () => {
        while (sent < total) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });

    expect(status).toBe(200);
    const request = server.lastRequest()!;
    expect(request.bodySize).toBe(total);
    expect(request.bodyTruncated).toBe(true);
    expect(request.body.byteLength).toBe(MAX_RECORDED_BODY_BYTES);
    expect(Buffer.from(request.body).equals(chunk)).toBe(true);
  });
});
