import { PassThrough, type Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { APITimeoutError } from '../errors/connection-errors.js';
import { OpenAIError } from '../errors/openai-error.js';
import { caught } from '../test-support/caught.js';
import { decodeResponse } from './decode-response.js';

// The stream plumbing alone, fed by hand; compressed-replies.test.ts covers it through the transports.
const decode = (source: Readable, contentEncoding: string) =>
  decodeResponse(
    {
      status: 200,
      headers: {},
      body: source,
      text: async () => '',
      webStream: () => new ReadableStream(),
      discard: () => {},
    },
    contentEncoding,
    () => buffer(source),
  );

describe('decodeResponse', () => {
  it('undoes stacked codings, the last applied first, read whole', async () => {
    const source = new PassThrough();
    const decoded = decode(source, 'deflate, gzip, br');
    source.end(brotliCompressSync(gzipSync(deflateSync('hello, compressed world'))));
    expect(await decoded.text()).toBe('hello, compressed world');
  });

  it('leaves a body alone when there is nothing to undo', () => {
    const source = new PassThrough();
    expect(decode(source, ' identity , ').body).toBe(source);
  });

  it('destroys the raw body when the reader leaves the decoded one early', async () => {
    const source = new PassThrough();
    const { body } = decode(source, 'gzip');
    source.write(gzipSync('x'.repeat(100_000)).subarray(0, 200));
    for await (const _chunk of body) break;
    await expect.poll(() => source.destroyed).toBe(true);
  });

  it("hands the raw body's own error on as it is, so an abort or a timeout keeps its type", async () => {
    const source = new PassThrough();
    const { body } = decode(source, 'br');
    const timeout = new APITimeoutError('idle', 100);
    source.write(brotliCompressSync('x'.repeat(100_000)).subarray(0, 20));
    source.destroy(timeout);
    expect(
      await caught(
        (async () => {
          for await (const _chunk of body);
        })(),
      ),
    ).toBe(timeout);
  });

  it('refuses too many codings, and frees the body', () => {
    const source = new PassThrough();
    expect(() => decode(source, 'gzip, gzip, gzip, gzip')).toThrow('4 stacked content codings');
    expect(source.destroyed).toBe(true);
  });

  it('names an unknown coding only when it looks like one', () => {
    expect(() => decode(new PassThrough(), 'zstd')).toThrow(OpenAIError);
    expect(() => decode(new PassThrough(), 'zstd')).toThrow('content-encoding "zstd"');
    const echoed = (() => {
      try {
        decode(new PassThrough(), 'Bearer sk-proj-abcdefghijklmnopqrstuvwxyz');
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(echoed).toContain('(not shown)');
    expect(echoed).not.toContain('sk-proj');
  });
});
