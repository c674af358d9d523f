import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { APIUserAbortError, BadRequestError, InvalidInputError, toFile } from '@org/core';
import { fileFromPath } from '@org/core/node';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { md5 } from './node/md5.js';
import { fileBytes, MiB, scriptUploads, testClient } from './test-support/uploads-api.js';
import { type UploadFileBody, type UploadFileOptions, type UploadProgress, uploadFile } from './upload-file.js';
import type { UploadState } from './upload-state.js';

const server = useTestServer();

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the upload to fail');
    },
    (error: unknown) => error as Error & Record<string, unknown>,
  );

/** 9.5 MiB: nine parts of 1 MiB and a half one. */
const bytes = fileBytes(9.5 * MiB);
const partIds = Array.from({ length: 10 }, (_, index) => `part_${index}`);
const directory = mkdtempSync(join(tmpdir(), 'upload-file-'));
const onDisk = join(directory, 'big.jsonl');
writeFileSync(onDisk, bytes);

const sources: [string, () => Promise<UploadFileBody['file']> | UploadFileBody['file']][] = [
  ['bytes', () => toFile(bytes, 'big.jsonl')],
  ['a File', () => new File([bytes], 'big.jsonl')],
  ['a path', () => fileFromPath(onDisk)],
  ['a Node stream', () => toFile(Readable.from(chunksOf(bytes, 100_000)), 'big.jsonl', { size: bytes.byteLength })],
  ['a web stream', () => toFile(new Blob([bytes]).stream(), 'big.jsonl', { size: bytes.byteLength })],
];

function* chunksOf(data: Uint8Array, size: number) {
  for (let start = 0; start < data.byteLength; start += size) yield Buffer.from(data.subarray(start, start + size));
}

const named = () => toFile(bytes, 'big.jsonl');
const upload = (file: UploadFileBody['file'], options: UploadFileOptions = {}, client = testClient(server)) =>
  uploadFile(client, { file, purpose: 'fine-tune' }, { partSize: MiB, ...options });

describe('uploadFile in parts', () => {
  it.each(sources)(
    'sends %s in parts, never more in flight than its concurrency, and completes in order',
    async (_, source) => {
      const script = scriptUploads(server, bytes, MiB, { holdMs: 40 });
      const progress: UploadProgress[] = [];
      const file = await upload(await source(), { concurrency: 3, onProgress: (event) => progress.push(event) });

      expect(file).toMatchObject({ id: 'file-uploaded', object: 'file' });
      expect(server.requests[0]?.json()).toEqual({
        filename: 'big.jsonl',
        purpose: 'fine-tune',
        bytes: bytes.byteLength,
        mime_type: 'text/jsonl',
      });
      expect(script.received.toSorted((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
      // Never more than 3; at least 2 at once shows parts overlap (3 is usual, a loaded machine may stagger them).
      expect(script.maxInFlight).toBeLessThanOrEqual(3);
      expect(script.maxInFlight).toBeGreaterThanOrEqual(2);
      expect(script.completed).toEqual([{ part_ids: partIds }]);

      expect(progress).toHaveLength(11);
      expect(progress.map((event) => event.partsDone)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(progress.at(-1)).toMatchObject({
        bytesSent: bytes.byteLength,
        totalBytes: bytes.byteLength,
        totalParts: 10,
      });
      expect(progress.at(-1)?.state).toMatchObject({
        uploadId: 'upload_1',
        bytes: bytes.byteLength,
        partSize: MiB,
        partIds,
      });
      expect(progress[0]?.state?.partIds).toEqual(Array(10).fill(null));
    },
  );

  it.each([
    ['bytes', named],
    ['a Node stream', () => toFile(Readable.from(chunksOf(bytes, 100_000)), 'big.jsonl', { size: bytes.byteLength })],
  ])('retries a part of %s that fails once, on its own: the others are sent once', async (_, source) => {
    const script = scriptUploads(server, bytes, MiB, {
      partReply: (index, attempt) =>
        index === 4 && attempt === 0 ? { status: 500, json: { error: { message: 'try again' } } } : undefined,
    });
    await upload(source(), { concurrency: 2 }, testClient(server, 2));
    expect(script.received.filter((index) => index === 4)).toHaveLength(2);
    expect(script.received).toHaveLength(11);
    expect(script.completed).toEqual([{ part_ids: partIds }]);
  });

  it('stops at a part that fails for good, aborts the parts in flight and leaves the upload to resume', async () => {
    const script = scriptUploads(server, bytes, MiB, {
      holdMs: 20,
      partReply: (index) => (index === 5 ? { status: 400, json: { error: { message: 'bad part' } } } : undefined),
    });
    let state: UploadState | undefined;
    const error = await caught(upload(named(), { concurrency: 2, onProgress: (event) => (state = event.state) }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(script.completed).toHaveLength(0);
    expect(script.cancelled).toBe(0);
    expect(state?.partIds.slice(0, 4)).toEqual(partIds.slice(0, 4));
    expect(state?.partIds[5]).toBeNull();
  });

  it.each([
    ['bytes', () => named()],
    [
      'a Node stream, read again from the start',
      () => toFile(Readable.from(chunksOf(bytes, 65_536)), 'big.jsonl', { size: bytes.byteLength }),
    ],
  ])('resumes %s from the saved state of an aborted upload without sending accepted parts again', async (_, source) => {
    const script = scriptUploads(server, bytes, MiB, { holdMs: 30 });
    const controller = new AbortController();
    let saved = '';
    const onProgress = (event: UploadProgress) => {
      saved = JSON.stringify(event.state);
      if (event.partsDone === 4) controller.abort();
    };
    const aborted = await caught(
      upload(source() as UploadFileBody['file'], { concurrency: 2, onProgress, signal: controller.signal }),
    );
    expect(aborted).toBeInstanceOf(APIUserAbortError);
    const state = JSON.parse(saved) as UploadState;
    const accepted = state.partIds.flatMap((id, index) => (id ? [index] : []));
    expect(accepted).toHaveLength(4);
    expect(script.completed).toHaveLength(0);
    expect(script.cancelled).toBe(0);

    const before = script.received.length;
    const progress: UploadProgress[] = [];
    const file = await upload(source() as UploadFileBody['file'], {
      resume: state,
      concurrency: 2,
      onProgress: (event) => progress.push(event),
    });
    expect(file.id).toBe('file-uploaded');
    // A part the abort cut off may still reach the server after `before`: what counts is that no accepted one does.
    const resent = new Set(script.received.slice(before));
    expect([...resent].filter((index) => accepted.includes(index))).toEqual([]);
    expect([...resent].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((index) => !accepted.includes(index)));
    expect(server.requests.filter((request) => request.path === '/v1/uploads')).toHaveLength(1);
    expect(script.completed).toEqual([{ part_ids: partIds }]);
    expect(progress[0]).toMatchObject({ partsDone: 4, bytesSent: 4 * MiB });
  });

  it('cancels the upload on abort when asked to', async () => {
    const script = scriptUploads(server, bytes, MiB, { holdMs: 50 });
    const controller = new AbortController();
    const uploading = caught(upload(named(), { cancelOnAbort: true, signal: controller.signal }));
    await server.waitForRequests(2);
    controller.abort();
    expect(await uploading).toBeInstanceOf(APIUserAbortError);
    expect(script.cancelled).toBe(1);
  });

  it.each([
    [
      'a Node stream',
      () => {
        const stream = new Readable({ read() {} });
        return { stream, freed: () => stream.destroyed };
      },
    ],
    [
      'a web stream',
      () => {
        let cancelled = false;
        const stream = new ReadableStream<Uint8Array>({
          cancel: () => {
            cancelled = true;
          },
        });
        return { stream, freed: () => cancelled };
      },
    ],
  ])('settles on abort while %s that stalls is being read, and frees it', async (_, make) => {
    scriptUploads(server, bytes, MiB);
    const { stream, freed } = make();
    const controller = new AbortController();
    const uploading = caught(
      upload(toFile(stream, 'big.jsonl', { size: bytes.byteLength }), { signal: controller.signal }),
    );
    await server.waitForRequests(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    expect(await uploading).toBeInstanceOf(APIUserAbortError);
    expect(freed()).toBe(true);
  });

  it('gives each of its requests its own idempotency key, derived from the one given', async () => {
    scriptUploads(server, bytes, MiB);
    await upload(named(), { concurrency: 1, idempotencyKey: 'run-7' });
    expect(server.requests.map((request) => request.headers['idempotency-key'])).toEqual([
      'run-7:create',
      ...partIds.map((_, index) => `run-7:part-${index}`),
      'run-7:complete',
    ]);
  });

  it('sends the md5 of the whole file, computed as the parts are read, also when resuming', async () => {
    const script = scriptUploads(server, bytes, MiB);
    const expected = createHash('md5').update(bytes).digest('hex');
    await upload(toFile(Readable.from(chunksOf(bytes, 50_000)), 'big.jsonl', { size: bytes.byteLength }), { md5 });
    await upload(await fileFromPath(onDisk), { md5, resume: halfDone() });
    await upload(named(), { md5: expected });
    expect(script.completed.map((body) => body.md5)).toEqual([expected, expected, expected]);
  });

  it('sends a file no larger than a part whole through createFile', async () => {
    server.on('POST', '/files', { json: { id: 'file-small', object: 'file' } });
    const progress: UploadProgress[] = [];
    const small = bytes.subarray(0, MiB);
    await expect(
      upload(toFile(small, 'small.jsonl'), { onProgress: (event) => progress.push(event) }),
    ).resolves.toMatchObject({ id: 'file-small' });
    expect(server.requests.map((request) => request.path)).toEqual(['/v1/files']);
    expect(server.requests[0]?.parts?.find((part) => part.name === 'file')).toMatchObject({
      filename: 'small.jsonl',
      size: MiB,
    });
    expect(progress).toEqual([{ bytesSent: MiB, totalBytes: MiB, partsDone: 1, totalParts: 1, state: undefined }]);
  });

  it('sends a user_data file, which the Uploads API does not take, whole through createFile', async () => {
    server.on('POST', '/files', { json: { id: 'file-user', object: 'file' } });
    await uploadFile(testClient(server), { file: toFile(bytes, 'notes.txt'), purpose: 'user_data' }, { partSize: MiB });
    expect(server.requests.map((request) => request.path)).toEqual(['/v1/files']);
  });

  it('fails naming the file when a stream gives fewer bytes than its size, or errors', async () => {
    scriptUploads(server, bytes, MiB);
    const short = toFile(Readable.from(chunksOf(bytes.subarray(0, 3 * MiB), MiB)), 'big.jsonl', {
      size: bytes.byteLength,
    });
    const shortError = await caught(upload(short));
    expect(shortError).toBeInstanceOf(InvalidInputError);
    expect(shortError.message).toBe(
      `Invalid \`file\`: its size says ${bytes.byteLength} bytes, but it gave ${3 * MiB}`,
    );

    const failing = new Readable({
      read() {
        this.destroy(new Error('disk gone'));
      },
    });
    const readError = await caught(upload(toFile(failing, 'big.jsonl', { size: bytes.byteLength })));
    expect(readError).toBeInstanceOf(InvalidInputError);
    expect(readError.message).toBe('Invalid `file`: reading it failed: disk gone');
  });
});

/** A state whose first half of the parts are accepted, as a crashed earlier run would have left it. */
function halfDone(): UploadState {
  const ids = partIds.map((id, index) => (index < 5 ? id : null));
  return { uploadId: 'upload_1', bytes: bytes.byteLength, partSize: MiB, partIds: ids };
}

describe('uploadFile refuses bad input before sending anything', () => {
  const stream = () => Readable.from([Buffer.from('abc')]);
  it.each<[string, UploadFileBody, UploadFileOptions, string, RegExp]>([
    ['an empty file', { file: toFile(new Uint8Array(0), 'a.jsonl'), purpose: 'batch' }, {}, 'file', /empty/],
    ['no file', { purpose: 'batch' } as UploadFileBody, {}, 'file', /expected a file/],
    ['not a file', { file: 'a.jsonl' as never, purpose: 'batch' }, {}, 'file', /expected a file/],
    [
      'a stream of unknown size',
      { file: toFile(stream(), 'a.jsonl'), purpose: 'batch' },
      {},
      'file',
      /size is unknown/,
    ],
    [
      'a file over 8 GiB',
      { file: toFile(stream(), 'a.jsonl', { size: 9 * 1024 * MiB }), purpose: 'batch' },
      {},
      'file',
      /8 GiB/,
    ],
    ['a file without a name', { file: bytes, purpose: 'batch' }, {}, 'filename', /no name/],
    ['no purpose', { file: toFile(bytes, 'a.jsonl') } as UploadFileBody, {}, 'purpose', /got undefined/],
    [
      'a wrong purpose',
      { file: toFile(bytes, 'a.jsonl'), purpose: 'fine_tune' as never },
      {},
      'purpose',
      /expected one of/,
    ],
    [
      'a part too small',
      { file: toFile(bytes, 'a.jsonl'), purpose: 'batch' },
      { partSize: 64 },
      'options.partSize',
      /1 MiB/,
    ],
    [
      'a part too large',
      { file: toFile(bytes, 'a.jsonl'), purpose: 'batch' },
      { partSize: 65 * MiB },
      'options.partSize',
      /64 MiB/,
    ],
    [
      'a part size not whole',
      { file: toFile(bytes, 'a.jsonl'), purpose: 'batch' },
      { partSize: MiB + 0.5 },
      'options.partSize',
      /whole/,
    ],
    [
      'no concurrency',
      { file: toFile(bytes, 'a.jsonl'), purpose: 'batch' },
      { concurrency: 0 },
      'options.concurrency',
      /1 or more/,
    ],
    [
      'an md5 that is not one',
      { file: toFile(bytes, 'a.jsonl'), purpose: 'batch' },
      { md5: 'abc' },
      'options.md5',
      /hex md5/,
    ],
    [
      'a state of another file',
      { file: toFile(bytes.subarray(1), 'a.jsonl'), purpose: 'batch' },
      { resume: halfDone() },
      'options.resume',
      /was saved for a file of/,
    ],
    [
      'a state with other parts',
      { file: toFile(bytes, 'a.jsonl'), purpose: 'batch' },
      { resume: halfDone(), partSize: 2 * MiB },
      'options.partSize',
      /saved upload has parts/,
    ],
    [
      'a state that is not one',
      { file: toFile(bytes, 'a.jsonl'), purpose: 'batch' },
      { resume: { uploadId: 'upload_1' } as never },
      'options.resume',
      /saved state/,
    ],
    [
      'an expired upload',
      { file: toFile(bytes, 'a.jsonl'), purpose: 'batch' },
      { resume: { ...halfDone(), expiresAt: 1 } },
      'options.resume',
      /expired/,
    ],
  ])('%s', async (_, body, options, input, problem) => {
    const error = await caught(uploadFile(testClient(server), body, { partSize: MiB, ...options }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toMatchObject({ input });
    expect(error.message).toMatch(problem);
    expect(server.requests).toHaveLength(0);
  });
});
