import { APIUserAbortError, BadRequestError, InvalidInputError, JobFailedError, toFile } from '@org/core';
import type { RecordedRequest } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { FileBatchUploadError } from './file-batch-upload-error.js';
import { testClient } from './test-support/uploads-api.js';
import { uploadVectorStoreFileBatchAndPoll } from './upload-vector-store-file-batch-and-poll.js';

const server = useTestServer();

const files = Array.from({ length: 50 }, (_, index) =>
  toFile(new TextEncoder().encode(`note ${index}\n`), `note-${index}.txt`),
);
const fileIdOf = (name: string) => `file-${name.replace(/\D/g, '')}`;
const batch = (status: string, failed = 0) => ({
  id: 'vsfb_1',
  object: 'vector_store.files_batch',
  vector_store_id: 'vs_1',
  status,
  file_counts: { in_progress: 0, completed: 48, failed, cancelled: 0, total: 49 },
});

/** Files upload with a hold, so several are in flight; `note-17.txt` is refused. */
function scriptFiles(refuse: (name: string) => boolean = (name) => name === 'note-17.txt') {
  const seen = { inFlight: 0, maxInFlight: 0 };
  server.on('POST', '/files', async (request: RecordedRequest) => {
    const name = request.parts?.find((part) => part.name === 'file')?.filename ?? '';
    seen.inFlight++;
    seen.maxInFlight = Math.max(seen.maxInFlight, seen.inFlight);
    await new Promise((resolve) => setTimeout(resolve, 15));
    seen.inFlight--;
    if (refuse(name)) return { status: 400, json: { error: { message: `${name} is not a supported file` } } };
    return { json: { id: fileIdOf(name), object: 'file', filename: name, purpose: 'assistants', status: 'uploaded' } };
  });
  return seen;
}

describe('uploadVectorStoreFileBatchAndPoll', () => {
  it('uploads 50 files five at a time, reports the one that fails to upload and the one that fails to process, and polls the batch to the end', async () => {
    const seen = scriptFiles();
    server.on('POST', '/vector_stores/vs_1/file_batches', { json: batch('in_progress') });
    const pollAfter = { 'openai-poll-after-ms': '10' };
    server.on(
      'GET',
      '/vector_stores/vs_1/file_batches/vsfb_1',
      { json: batch('in_progress'), headers: pollAfter },
      { json: batch('in_progress'), headers: pollAfter },
      { json: batch('completed', 1) },
    );
    const lastError = { code: 'unsupported_file', message: 'no text in it' };
    server.on('GET', '/vector_stores/vs_1/file_batches/vsfb_1/files', {
      json: {
        object: 'list',
        data: [{ id: 'file-33', object: 'vector_store.file', status: 'failed', last_error: lastError }],
        has_more: false,
      },
    });

    const result = await uploadVectorStoreFileBatchAndPoll(
      testClient(server),
      'vs_1',
      { files, file_ids: ['file-earlier'], attributes: { project: 'docs' } },
      { concurrency: 5, pollIntervalMs: 60_000 },
    );

    expect(seen.maxInFlight).toBe(5);
    expect(server.requests.filter((request) => request.path === '/v1/files')).toHaveLength(50);
    const created = server.requests.find((request) => request.path === '/v1/vector_stores/vs_1/file_batches');
    const expectedIds = files.flatMap((file, index) => (index === 17 ? [] : [fileIdOf(file.name)]));
    expect(created?.json()).toEqual({ file_ids: ['file-earlier', ...expectedIds], attributes: { project: 'docs' } });
    expect(
      server.requests.filter((request) => request.path === '/v1/vector_stores/vs_1/file_batches/vsfb_1'),
    ).toHaveLength(3);
    const listed = server.requests.find((request) => request.path.endsWith('/vsfb_1/files'));
    expect(listed?.query.get('filter')).toBe('failed');

    expect(result.batch).toMatchObject({ id: 'vsfb_1', status: 'completed' });
    expect(result.uploaded).toHaveLength(49);
    expect(result.uploaded[17]).toEqual({ index: 18, name: 'note-18.txt', fileId: 'file-18' });
    expect(result.failures).toHaveLength(2);
    const [upload, processing] = result.failures;
    expect(upload).toMatchObject({ index: 17, name: 'note-17.txt', stage: 'upload' });
    expect(upload?.error).toBeInstanceOf(BadRequestError);
    expect(upload?.error).toMatchObject({ message: expect.stringContaining('note-17.txt is not a supported file') });
    expect(processing).toMatchObject({ index: 33, name: 'note-33.txt', fileId: 'file-33', stage: 'processing' });
    expect(processing?.error).toBeInstanceOf(JobFailedError);
    expect(processing?.error).toMatchObject({ status: 'failed', job: { last_error: lastError } });
  });

  it('rejects with FileBatchUploadError, naming each file, when none could be uploaded', async () => {
    scriptFiles(() => true);
    const error = await uploadVectorStoreFileBatchAndPoll(testClient(server), 'vs_1', {
      files: files.slice(0, 3),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FileBatchUploadError);
    expect((error as FileBatchUploadError).failures.map((failure) => failure.name)).toEqual([
      'note-0.txt',
      'note-1.txt',
      'note-2.txt',
    ]);
    expect((error as Error).message).toBe(
      'None of the 3 files could be uploaded; the first, note-0.txt: 400 note-0.txt is not a supported file',
    );
    expect(server.requests.filter((request) => request.path.includes('file_batches'))).toHaveLength(0);
  });

  it('stops every upload at once on abort, and makes no batch', async () => {
    scriptFiles(() => false);
    const controller = new AbortController();
    const uploading = uploadVectorStoreFileBatchAndPoll(
      testClient(server),
      'vs_1',
      { files },
      { signal: controller.signal },
    ).catch((caught: unknown) => caught);
    await server.waitForRequests(6);
    controller.abort();
    expect(await uploading).toBeInstanceOf(APIUserAbortError);
    expect(server.requests.length).toBeLessThan(50);
    expect(server.requests.filter((request) => request.path.includes('file_batches'))).toHaveLength(0);
  });

  it('refuses a list that is not one, or holds something other than files, before sending anything', async () => {
    const client = testClient(server);
    const refusals = await Promise.all([
      uploadVectorStoreFileBatchAndPoll(client, 'vs_1', { files: 'a.txt' as never }).catch((error: unknown) => error),
      uploadVectorStoreFileBatchAndPoll(client, 'vs_1', { files: [files[0]!, 'b.txt' as never] }).catch(
        (error: unknown) => error,
      ),
      uploadVectorStoreFileBatchAndPoll(client, 'vs_1', { files: [] }).catch((error: unknown) => error),
      uploadVectorStoreFileBatchAndPoll(client, 'vs_1', { files }, { concurrency: 0 }).catch((error: unknown) => error),
    ]);
    expect(refusals.map((error) => (error as InvalidInputError).input)).toEqual([
      'files',
      'files[1]',
      'files',
      'options.concurrency',
    ]);
    for (const error of refusals) expect(error).toBeInstanceOf(InvalidInputError);
    expect(server.requests).toHaveLength(0);
  });
});
