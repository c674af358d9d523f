import { InvalidInputError } from '../errors/invalid-input-error.js';
import { isUploadable } from './is-uploadable.js';

/**
 * Refuses what a file field cannot send. Left alone, a string or a number would go out as a text field, an object as
 * `name[key]` fields, and `null` or a Promise (a `fileFromPath` call without `await`) not at all.
 */
export function checkFileField(name: string, value: unknown): void {
  if (value === undefined) return;
  const files = Array.isArray(value) ? value : [value];
  for (const file of files) {
    if (isUploadable(file)) continue;
    const got = file instanceof Promise ? 'a Promise; is an `await` missing?' : file === null ? 'null' : typeof file;
    throw new InvalidInputError(
      name,
      `expected a file (a Blob, bytes, a stream, or toFile(…) / fileFromPath(…)), got ${got}`,
    );
  }
}
