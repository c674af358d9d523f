import { toFile } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { expect, it } from 'vitest';
import { testClient } from './test-support/uploads-api.js';
import { uploadVectorStoreFile } from './upload-vector-store-file.js';

const server = useTestServer();

it('uploads the file for assistants, then attaches it with its attributes, each request its own idempotency key', async () => {
  server.on('POST', '/files', { json: { id: 'file-9', object: 'file' } });
  server.on('POST', '/vector_stores/vs_1/files', { json: { id: 'file-9', status: 'in_progress' } });
  const file = toFile(new TextEncoder().encode('# Notes\n'), 'notes.md');
  const attached = await uploadVectorStoreFile(
    testClient(server),
    'vs_1',
    { file, attributes: { team: 'docs' } },
    { idempotencyKey: 'run-1' },
  );
  expect(attached).toMatchObject({ id: 'file-9', status: 'in_progress' });
  const [upload, attach] = server.requests;
  expect(upload?.parts?.map((part) => [part.name, part.filename ?? part.text()])).toEqual([
    ['file', 'notes.md'],
    ['purpose', 'assistants'],
  ]);
  expect(attach?.json()).toEqual({ file_id: 'file-9', attributes: { team: 'docs' } });
  expect([upload?.headers['idempotency-key'], attach?.headers['idempotency-key']]).toEqual([
    'run-1:file',
    'run-1:attach',
  ]);
});
