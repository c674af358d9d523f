import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { startTestServer, type TestServer } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../client/create-client.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { caught } from '../test-support/caught.js';
import { fileFromPath } from './file-from-path.js';
import { jsonOrMultipart, multipartBody } from './multipart-body.js';
import { toFile } from './to-file.js';

const server = useTestServer();

const client = () => createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0 });
const upload = (body: Record<string, unknown>) =>
  client().request({ method: 'POST', path: '/files', body: multipartBody(body) });
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('multipart uploads', () => {
  const contents = 'line one\nline two ✓\n';
  const directory = mkdtempSync(join(tmpdir(), 'uploads-'));
  const onDisk = join(directory, 'train.jsonl');
  writeFileSync(onDisk, contents);

  it.each([
    ['a Blob', () => new File([contents], 'train.jsonl', { type: 'application/jsonl' }), 'train.jsonl'],
    ['bytes with a name', () => toFile(bytes(contents), 'train.jsonl'), 'train.jsonl'],
    ['a web stream', () => toFile(new Blob([contents]).stream(), 'train.jsonl'), 'train.jsonl'],
    ['a Node stream', () => toFile(Readable.from([Buffer.from(contents)]), 'train.jsonl'), 'train.jsonl'],
    ['a path', () => fileFromPath(onDisk), 'train.jsonl'],
    ['a file read stream, by its file name', () => createReadStream(onDisk), 'train.jsonl'],
    ['a file read stream opened by a Buffer path', () => createReadStream(Buffer.from(onDisk)), 'train.jsonl'],
    ['bare bytes', () => bytes(contents), 'upload'],
  ])('sends %s as a file part next to text fields', async (_, makeFile, filename) => {
    server.on('POST', '/files', { json: { id: 'file-1' } });
    await upload({ purpose: 'fine-tune', file: await makeFile() });

    const request = server.lastRequest()!;
    expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const [purpose, file] = request.parts!;
    expect(purpose).toMatchObject({ name: 'purpose' });
    expect(purpose!.text()).toBe('fine-tune');
    expect(file).toMatchObject({ name: 'file', filename, size: bytes(contents).byteLength, sha256: sha256(contents) });
  });

  it('sends a fetch Response as a file named by its URL, with its content type', async () => {
    server.on('GET', '/downloads/train.jsonl', { headers: { 'content-type': 'application/jsonl' }, body: contents });
    server.on('POST', '/files', { json: { id: 'file-1' } });
    await upload({ purpose: 'fine-tune', file: await fetch(`${server.url}/downloads/train.jsonl`) });
    const file = server.lastRequest()!.parts![1];
    expect(file).toMatchObject({ filename: 'train.jsonl', contentType: 'application/jsonl', sha256: sha256(contents) });
  });

  it('sends JSON when no field is a file, multipart when one is', async () => {
    server.on('POST', '/images/edits', { json: {} });
    const edit = (body: Record<string, unknown>) =>
      client().request({ method: 'POST', path: '/images/edits', body: jsonOrMultipart(body) });
    await edit({ prompt: 'a cat', images: [{ image_url: 'https://example.test/cat.png' }] });
    await edit({ prompt: 'a cat', image: [bytes('png'), bytes('png')] });
    const [json, multipart] = server.requests;
    expect(json!.headers['content-type']).toBe('application/json');
    expect(multipart!.parts!.map((part) => part.name)).toEqual(['prompt', 'image[]', 'image[]']);
  });

  it('names a field that holds a Promise, a forgotten await, before sending, when the body may be JSON or multipart', async () => {
    const pending = fileFromPath(onDisk);
    const body = jsonOrMultipart({ prompt: 'a cat', image: pending });
    const error = await caught(client().request({ method: 'POST', path: '/images/edits', body }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toMatchObject({ input: 'image' });
    expect(error.message).toMatch(/Promise; is an `await` missing\?/);
    expect(server.requests).toHaveLength(0);
    await pending;
  });

  it.each([
    ['every item', () => [fileFromPath(onDisk), fileFromPath(onDisk)], 'image[0]'],
    ['one item', () => [new File(['png'], 'a.png'), fileFromPath(onDisk)], 'image[1]'],
  ])(
    'names a list of files where %s is a Promise, before sending, when the body may be JSON or multipart',
    async (_, images, input) => {
      const image = images();
      const body = jsonOrMultipart({ prompt: 'a cat', image });
      const error = await caught(client().request({ method: 'POST', path: '/images/edits', body }));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error).toMatchObject({ input });
      expect(error.message).toMatch(/Promise; is an `await` missing\?/);
      expect(server.requests).toHaveLength(0);
      await Promise.all(image);
    },
  );

  it('adds extraBody fields as form fields', async () => {
    server.on('POST', '/files', { json: {} });
    await client().request(
      { method: 'POST', path: '/files', body: multipartBody({ file: bytes('x') }) },
      { extraBody: { purpose: 'batch' } },
    );
    expect(server.lastRequest()!.parts!.map((part) => part.name)).toEqual(['file', 'purpose']);
  });

  it('encodes arrays and nested objects as bracketed fields', async () => {
    server.on('POST', '/files', { json: {} });
    await upload({ file: bytes('x'), tags: ['a', 'b'], expires_after: { anchor: 'created_at', seconds: 3600 } });
    const names = server.lastRequest()!.parts!.map((part) => `${part.name}=${part.filename ?? part.text()}`);
    expect(names).toEqual([
      'file=upload',
      'tags[]=a',
      'tags[]=b',
      'expires_after[anchor]=created_at',
      'expires_after[seconds]=3600',
    ]);
  });

  it('keeps quotes and line breaks in a filename from breaking the part headers', async () => {
    server.on('POST', '/files', { json: {} });
    await upload({ file: toFile(bytes('x'), 'a"b\r\nX-Injected: 1.txt') });
    const [file] = server.lastRequest()!.parts!;
    // The server decodes the escapes back, as it does for browsers' FormData.
    expect(file!.filename).toBe('a"b\r\nX-Injected: 1.txt');
    expect(file!.headers).not.toHaveProperty('x-injected');
    expect(server.lastRequest()!.parts).toHaveLength(1);
  });

  it.each([
    ['a string', 'train.jsonl', 'file', 'got string'],
    ['a number', 42, 'file', 'got number'],
    ['null', null, 'file', 'got null'],
    ['a plain object', { name: 'train.jsonl' }, 'file', 'got object'],
    ['a Promise', Promise.resolve(bytes('x')), 'file', 'is an `await` missing?'],
    ['a list with a string in it', [bytes('x'), 'y'], 'file[1]', 'got string'],
  ])('refuses %s in a file field, naming the field or item, before sending', async (_, file, input, problem) => {
    const body = multipartBody({ purpose: 'batch', file }, ['file']);
    const error = await caught(client().request({ method: 'POST', path: '/files', body }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toMatchObject({ input });
    expect(error.message).toContain(problem);
    expect(server.requests).toHaveLength(0);
  });

  it('takes a file, a list of files or no value in a file field', async () => {
    server.on('POST', '/files', { json: { id: 'file-1' } });
    for (const file of [bytes('x'), [bytes('x'), new Blob(['y'])], undefined]) {
      const body = multipartBody({ purpose: 'batch', file }, ['file']);
      await client().request({ method: 'POST', path: '/files', body });
    }
    expect(server.requests).toHaveLength(3);
  });

  it('names a missing file path before sending', async () => {
    const error = await caught(fileFromPath(join(directory, 'absent.jsonl')));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toContain('absent.jsonl');
  });

  it('closes a file stream it never got to send when the call fails', async () => {
    const unreachable = createClient({ apiKey: 'sk-test', baseURL: 'http://127.0.0.1:1/v1', maxRetries: 0 });
    const file = createReadStream(onDisk);
    const body = multipartBody({ purpose: 'batch', file }, ['file']);
    await expect(unreachable.request({ method: 'POST', path: '/files', body })).rejects.toThrow();
    expect(file.destroyed).toBe(true);
  });

  it('cancels a web stream it never got to send when the call fails', async () => {
    const unreachable = createClient({ apiKey: 'sk-test', baseURL: 'http://127.0.0.1:1/v1', maxRetries: 0 });
    let cancelled = false;
    const stream = new ReadableStream({
      pull() {},
      cancel() {
        cancelled = true;
      },
    });
    const body = multipartBody({ purpose: 'batch', file: toFile(stream, 'train.jsonl') }, ['file']);
    await expect(unreachable.request({ method: 'POST', path: '/files', body })).rejects.toThrow();
    expect(cancelled).toBe(true);
  });

  it('refuses a directory as a file path before sending', async () => {
    const error = await caught(fileFromPath(directory));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toContain('not a regular file');
  });

  it.each([
    ['undici', {}],
    ['an injected fetch', { fetch: (url: string, init: RequestInit) => fetch(url, init) }],
  ])('sends a stream of known size with a content-length rather than chunked (%s)', async (_, transport) => {
    server.on('POST', '/files', { json: { id: 'file-1' } });
    const stream = Readable.from([Buffer.from('line one\n'), Buffer.from('line two ✓\n')]);
    const file = toFile(stream, 'train.jsonl', { size: bytes(contents).byteLength });
    const sized = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0, ...transport });
    await sized.request({ method: 'POST', path: '/files', body: multipartBody({ purpose: 'fine-tune', file }) });

    const request = server.lastRequest()!;
    expect(request.headers['transfer-encoding']).toBeUndefined();
    expect(Number(request.headers['content-length'])).toBe(request.bodySize);
    expect(request.parts![1]).toMatchObject({
      name: 'file',
      size: bytes(contents).byteLength,
      sha256: sha256(contents),
    });
  });

  it.each([
    ['undici', {}],
    ['an injected fetch', { fetch: (url: string, init: RequestInit) => fetch(url, init) }],
  ])(
    'sends bytes and Blobs with their content-length, read part by part, not copied first (%s)',
    async (_, transport) => {
      server.on('POST', '/files', { json: { id: 'file-1' } }, { json: { id: 'file-2' } });
      const client = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 0, ...transport });
      const body = multipartBody({
        purpose: 'fine-tune ✓',
        file: toFile(bytes(contents), 'train.jsonl'),
        extra: new Blob(['blöb']),
      });
      await client.request({ method: 'POST', path: '/files', body });

      const request = server.lastRequest()!;
      expect(request.headers['transfer-encoding']).toBeUndefined();
      expect(Number(request.headers['content-length'])).toBe(request.bodySize);
      expect(request.parts!.map((part) => [part.name, part.sha256])).toEqual([
        ['purpose', sha256('fine-tune ✓')],
        ['file', sha256(contents)],
        ['extra', sha256('blöb')],
      ]);
    },
  );

  it('measures a mix of multi-byte text, bytes, a Blob and sized streams for the content-length', async () => {
    server.on('POST', '/files', { json: { id: 'file-1' } });
    const sized = (text: string) =>
      toFile(Readable.from([Buffer.from(text)]), 'part.txt', { size: bytes(text).byteLength });
    await upload({
      purpose: 'fine-tune ✓ 😀',
      meta: { note: 'naïve' },
      files: [sized('héllo'), bytes('raw'), new Blob(['blöb']), sized('wörld')],
    });
    const request = server.lastRequest()!;
    expect(Number(request.headers['content-length'])).toBe(request.bodySize);
    expect(request.parts!.map((part) => part.text())).toEqual([
      'fine-tune ✓ 😀',
      'naïve',
      'héllo',
      'raw',
      'blöb',
      'wörld',
    ]);
  });

  it.each(['', undefined])('refuses a file name of %j, naming it', (name) => {
    const make = () => toFile(bytes('x'), name as string);
    expect(make).toThrow(InvalidInputError);
    expect(make).toThrow(/`name`: expected a file name/);
  });

  it.each([
    ['a string', 'line one'],
    ['a number', 42],
    ['null', null],
    ['another toFile result', toFile(bytes('x'), 'inner.txt')],
  ])('refuses %s as the data, naming it', (_, data) => {
    const make = () => toFile(data as never, 'a.txt');
    expect(make).toThrow(InvalidInputError);
    expect(make).toThrow(/`data`: expected bytes, a Blob, a stream or a fetch Response/);
  });

  it("sends a fetch Response's body as the file, with its content type", async () => {
    server.on('GET', '/source.jsonl', { body: contents, headers: { 'content-type': 'application/jsonl' } });
    server.on('POST', '/files', { json: { id: 'file-1' } });
    const download = await fetch(`${server.baseURL}/source.jsonl`);
    await upload({ purpose: 'batch', file: toFile(download, 'train.jsonl') });

    const file = server.lastRequest()!.parts!.find((part) => part.name === 'file');
    expect(file).toMatchObject({ filename: 'train.jsonl', contentType: 'application/jsonl', sha256: sha256(contents) });
  });

  it.each([10.5, -1, Number.POSITIVE_INFINITY, '11'])('refuses a size of %s, naming it', (size) => {
    const make = () => toFile(Readable.from([Buffer.from('x')]), 'a.txt', { size: size as number });
    expect(make).toThrow(InvalidInputError);
    expect(make).toThrow(/`size`/);
  });

  it.each([
    ['fewer', 100, /its size says 100 bytes, but it gave 22$/],
    ['more', 5, /its size says 5 bytes, but it gave more$/],
  ])('refuses a stream that gives %s bytes than its size says, naming the field', async (_, size, message) => {
    // A server of its own: the cut-off request may reach it after the call has failed.
    const isolated = await startTestServer();
    try {
      isolated.on('POST', '/files', { json: { id: 'file-1' } });
      const file = toFile(Readable.from([Buffer.from(contents)]), 'train.jsonl', { size });
      const sized = createClient({ apiKey: 'sk-test', baseURL: isolated.baseURL, maxRetries: 0 });
      const error = await caught(
        sized.request({ method: 'POST', path: '/files', body: multipartBody({ purpose: 'fine-tune', file }) }),
      );
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error).toMatchObject({ input: 'file' });
      expect(error.message).toMatch(message);
    } finally {
      await isolated.close();
    }
  });

  it('does not retry a one-shot stream body', async () => {
    server.on('POST', '/files', { status: 500, headers: { 'retry-after-ms': '0' } });
    const retrying = createClient({ apiKey: 'sk-test', baseURL: server.baseURL, maxRetries: 3 });
    await expect(
      retrying.request({
        method: 'POST',
        path: '/files',
        body: multipartBody({ file: toFile(Readable.from([Buffer.from('x')]), 'f') }),
      }),
    ).rejects.toMatchObject({ status: 500 });
    expect(server.requests).toHaveLength(1);
  });

  it('streams a large upload with bounded client memory', async () => {
    server.on('POST', '/uploads/{upload_id}/parts', { json: { id: 'part_1' } });
    const totalMiB = 512;
    let peakGrowth = 0;
    const baseline = process.memoryUsage().arrayBuffers;
    async function* generate() {
      for (let index = 0; index < totalMiB; index++) {
        if (index % 16 === 0) peakGrowth = Math.max(peakGrowth, process.memoryUsage().arrayBuffers - baseline);
        // A fresh chunk each time: if the client buffered the body, these would pile up.
        yield new Uint8Array(1024 * 1024).fill(index % 256);
      }
    }

    await client().request({
      method: 'POST',
      path: '/uploads/{upload_id}/parts',
      pathParams: { upload_id: 'upload_1' },
      body: multipartBody({ data: toFile(generate(), 'part.bin') }),
    });

    const [part] = server.lastRequest()!.parts!;
    expect(part!.size).toBe(totalMiB * 1024 * 1024);
    // Live buffers include chunks that are garbage but not yet collected, so the bound is loose; a client that
    // buffered the body would hold the whole 512 MiB.
    expect(peakGrowth).toBeLessThan(192 * 1024 * 1024);
  }, 60_000);
});

describe.each([
  ['undici', {}],
  ['an injected fetch', { fetch: (url: string, init: RequestInit) => fetch(url, init) }],
])('an upload source that fails while it is sent through %s', (_, transport) => {
  const directory = mkdtempSync(join(tmpdir(), 'uploads-'));
  const sourceError = new Error('disk unplugged');
  const notReadable = expect.objectContaining({ name: 'NotReadableError' });
  // A server per test: a cut-off request can arrive after its call has failed, and must not land in the next test.
  let isolated: TestServer;
  beforeEach(async () => {
    isolated = await startTestServer();
  });
  afterEach(() => isolated.close());
  async function fileFromPathThen(change: (path: string) => void) {
    const path = join(directory, `${Math.random().toString(16).slice(2)}.jsonl`);
    writeFileSync(path, 'x'.repeat(100_000));
    const file = await fileFromPath(path);
    change(path);
    return file;
  }

  it.each([
    ['a path deleted after fileFromPath', () => fileFromPathThen((path) => rmSync(path)), notReadable],
    ['a path rewritten after fileFromPath', () => fileFromPathThen((path) => writeFileSync(path, 'x')), notReadable],
    [
      'a Node stream that errors midway',
      () => {
        let reads = 0;
        const stream = new Readable({
          read() {
            if (reads++ === 0) this.push(bytes('first chunk'));
            else this.destroy(sourceError);
          },
        });
        return toFile(stream, 'train.jsonl');
      },
      sourceError,
    ],
    [
      'an async iterable that throws midway',
      async function* () {
        yield bytes('first chunk');
        throw sourceError;
      },
      sourceError,
    ],
    [
      'a web stream that errors midway',
      () => {
        let pulls = 0;
        return new ReadableStream({
          pull(controller) {
            if (pulls++ === 0) controller.enqueue(bytes('first chunk'));
            else controller.error(sourceError);
          },
        });
      },
      sourceError,
    ],
  ])('rejects %s with an InvalidInputError naming the field, unretried', async (_, makeFile, cause) => {
    isolated.on('POST', '/files', { json: { id: 'file-1' } });
    const attempts: number[] = [];
    const hooks = { beforeRequest: (request: { attempt: number }) => void attempts.push(request.attempt) };
    const client = createClient({ apiKey: 'sk-test', baseURL: isolated.baseURL, maxRetries: 2, hooks, ...transport });
    const body = multipartBody({ purpose: 'fine-tune', file: await makeFile() }, ['file']);

    const error = await caught(client.request({ method: 'POST', path: '/files', body }));

    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toMatchObject({ input: 'file', cause });
    expect(error.message).toMatch(/^Invalid `file`: reading it failed mid-upload: /);
    expect(attempts).toEqual([0]);
    // What reached the server, if anything did, was cut off rather than left waiting for the rest of the body.
    expect(isolated.requests.length).toBeLessThanOrEqual(1);
    await Promise.all(isolated.requests.map((_, index) => isolated.waitForRequestClosed(index)));
  });

  it('names the item of a list of files whose source fails mid-upload', async () => {
    isolated.on('POST', '/images/edits', { json: {} });
    const failing = new ReadableStream({
      pull(controller) {
        controller.error(sourceError);
      },
    });
    const body = multipartBody({ prompt: 'a cat', image: [bytes('png'), await toFile(failing, 'b.png')] }, ['image']);
    const client = createClient({ apiKey: 'sk-test', baseURL: isolated.baseURL, maxRetries: 0, ...transport });

    const error = await caught(client.request({ method: 'POST', path: '/images/edits', body }));

    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toMatchObject({ input: 'image[1]', cause: sourceError });
    await Promise.all(isolated.requests.map((_, index) => isolated.waitForRequestClosed(index)));
  });
});
