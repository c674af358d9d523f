import { InvalidInputError } from '../errors/invalid-input-error.js';
import { isUploadable } from './is-uploadable.js';

/**
 * Refuses what a file field cannot send, naming the field (`image`) or the item of a list of files (`image[1]`). Left
 * alone, a string or a number would go out as a text field, an object as `name[key]` fields, and `null` or a Promise
 * (a `fileFromPath` call without `await`) not at all.
 */
export function checkFileField(name: string, value: unknown): void {
  if (value === undefined) return;
  const files = Array.isArray(value) ? value : [value];
  for (const [index, file] of files.entries()) {
    if (isUploadable(file)) continue;
    const got = file instanceof Promise ? 'a Promise; is an `await` missing?' : file === null ? 'null' : typeof file;
    throw new InvalidInputError(
      Array.isArray(value) ? `${name}[${index}]` : name,
      `expected a file (a Blob, bytes, a stream, or toFile(…) / fileFromPath(…)), got ${got}`,
    );
  }
}
