import { Readable } from 'node:stream';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import type { ApiKeyProvider } from '../client/client-options.js';
import { createClient } from '../client/create-client.js';
import { AuthenticationError } from '../errors/api-error.js';
import { caught } from '../test-support/caught.js';
import { multipartBody } from '../uploads/multipart-body.js';
import { toFile } from '../uploads/to-file.js';

const server = useTestServer();
const refused = { status: 401, json: { error: { message: 'token expired' } } };

/** A provider that gives `key-1`, `key-2`, … and moves to the next key only when told the current one was refused. */
function rotatingKeys(): ApiKeyProvider & { invalidated: string[] } {
  let current = 1;
  const invalidated: string[] = [];
  const provider = Object.assign(() => `key-${current}`, {
    invalidated,
    invalidate: (rejected: string) => {
      invalidated.push(rejected);
      current++;
    },
  });
  return provider;
}

const authorizations = () => server.requests.map((request) => request.headers.authorization);

describe('a 401 to a key from a provider that can invalidate it', () => {
  it('is sent once more with a fresh key, outside maxRetries', async () => {
    server.on('POST', '/chat/completions', refused, { json: { id: 'ok' } });
    const apiKey = rotatingKeys();
    const client = createClient({ apiKey, baseURL: server.baseURL, maxRetries: 0 });

    await expect(client.request({ method: 'POST', path: '/chat/completions', body: {} })).resolves.toEqual({
      id: 'ok',
    });

    expect(apiKey.invalidated).toEqual(['key-1']);
    expect(authorizations()).toEqual(['Bearer key-1', 'Bearer key-2']);
  });

  it('surfaces a second 401 as an AuthenticationError, without a third try', async () => {
    server.on('POST', '/chat/completions', refused);
    const apiKey = rotatingKeys();
    const client = createClient({ apiKey, baseURL: server.baseURL });

    const error = await caught(client.request({ method: 'POST', path: '/chat/completions', body: {} }));

    expect(error).toBeInstanceOf(AuthenticationError);
    expect(authorizations()).toEqual(['Bearer key-1', 'Bearer key-2']);
  });

  it('is not sent again when its body was a stream, which cannot be sent twice', async () => {
    server.on('POST', '/files', refused, { json: { id: 'file-1' } });
    const apiKey = rotatingKeys();
    const client = createClient({ apiKey, baseURL: server.baseURL });
    const file = toFile(Readable.from([Buffer.from('line\n')]), 'a.jsonl');

    const error = await caught(client.request({ method: 'POST', path: '/files', body: multipartBody({ file }) }));

    expect(error).toBeInstanceOf(AuthenticationError);
    expect(server.requests).toHaveLength(1);
  });

  it('is not sent again for a provider without invalidate, nor for a plain key', async () => {
    server.on('POST', '/chat/completions', refused);
    for (const apiKey of [() => 'sk-fn', 'sk-plain']) {
      const client = createClient({ apiKey, baseURL: server.baseURL });
      await expect(client.request({ method: 'POST', path: '/chat/completions', body: {} })).rejects.toBeInstanceOf(
        AuthenticationError,
      );
    }
    expect(server.requests).toHaveLength(2);
  });
});
