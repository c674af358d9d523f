import { openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { toFile } from './to-file.js';
import type { NamedUpload } from './uploadable.js';

/**
 * A file on disk as an upload, read from disk as it is sent: a 1 GiB file never sits in memory. Deleting or changing
 * the file before the call has sent it fails the call with an `InvalidInputError` naming the field.
 */
export async function fileFromPath(path: string, options?: { name?: string; type?: string }): Promise<NamedUpload> {
  let blob: Blob;
  try {
    // A directory opens as a Blob too, and only fails once the request reads it.
    if (!(await stat(path)).isFile()) throw new Error('not a regular file');
    blob = await openAsBlob(path, options?.type ? { type: options.type } : undefined);
  } catch (cause) {
    throw new InvalidInputError('path', `cannot read ${JSON.stringify(path)}: ${(cause as Error).message}`);
  }
  return toFile(blob, options?.name ?? basename(path), { type: options?.type });
}
