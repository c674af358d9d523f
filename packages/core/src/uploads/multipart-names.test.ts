import { startTestServer, type TestServer } from '@org/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../client/create-client.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { trickyText } from '../test-support/tricky-text.js';
import { multipartBody } from './multipart-body.js';
import { toFile } from './to-file.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  server.on('POST', '/files', { json: { id: 'file-1' } });
});

afterAll(async () => {
  await server.close();
});

const text = trickyText();

describe('multipart names, property', () => {
  it('sends any field name and file name as it is, or refuses it by the field before sending', async () => {
    const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
    await fc.assert(
      fc.asyncProperty(text, text, async (name, filename) => {
        const sent = server.requests.length;
        const send = async () => {
          const body = multipartBody({ [name]: 'value', upload: toFile(new Uint8Array([1, 2]), filename) }, ['upload']);
          return client.request({ method: 'POST', path: '/files', body });
        };
        const outcome = await send().catch((error: unknown) => error);
        if (outcome instanceof InvalidInputError) {
          expect(server.requests).toHaveLength(sent);
          return true;
        }
        expect(outcome).toEqual({ id: 'file-1' });
        const parts = server.lastRequest()?.parts ?? [];
        expect(parts.map((part) => [part.name, part.filename])).toEqual([
          [name, undefined],
          ['upload', filename],
        ]);
        return true;
      }),
      { numRuns: 200 },
    );
  });
});
