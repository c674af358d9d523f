import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { noop } from '../utils/noop.js';

/** Bytes that arrive over time: a `BinaryResponse`, a web `ReadableStream`, a Node stream, any async iterable. */
export type ByteSource = (AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>) & { cancel?(): unknown };

/**
 * Writes `source` to `path` as it arrives, a chunk at a time, so memory holds a chunk or two whatever the size. It goes
 * to a temporary file beside `path` first, renamed into place once whole: a failed or aborted write leaves no partial
 * file, and an earlier file at `path` is kept. A source that fails is cancelled (its connection freed). Resolves to
 * the number of bytes written.
 */
export async function writeToPath(source: ByteSource, path: string): Promise<number> {
  const partial = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.download`);
  let written = 0;
  try {
    await pipeline(
      // Node's web streams are async iterables; the DOM types do not say so.
      source as AsyncIterable<Uint8Array>,
      async function* count(chunks: AsyncIterable<Uint8Array>) {
        for await (const chunk of chunks) {
          written += chunk.byteLength;
          yield chunk;
        }
      },
      createWriteStream(partial, { flags: 'wx' }),
    );
    await rename(partial, path);
  } catch (error) {
    // A web stream that failed is already cancelled, and cancelling it again would reject: nothing to wait for.
    Promise.resolve(source.cancel?.()).catch(noop);
    await rm(partial, { force: true });
    throw error;
  }
  return written;
}
