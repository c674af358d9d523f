import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { BinaryResponse } from '@org/core';

/**
 * Writes a binary reply to `path` as it arrives, a chunk at a time. It goes to a temporary file beside `path` first,
 * renamed into place once whole: a failed or aborted download leaves no partial file, and an earlier file at `path`
 * is kept. Resolves to the number of bytes written.
 */
export async function writeBinaryResponse(content: BinaryResponse, path: string): Promise<number> {
  const partial = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.download`);
  let written = 0;
  try {
    await pipeline(
      content,
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
    content.cancel();
    await rm(partial, { force: true });
    throw error;
  }
  return written;
}
