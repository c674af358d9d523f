import { InvalidInputError } from '../errors/invalid-input-error.js';
import { type NamedUpload, namedUploadMarker } from './uploadable.js';

/**
 * Gives bytes, a Blob or a stream the filename (and media type) its multipart part will carry. A stream's `size`, when
 * known, lets the request carry a content-length instead of going chunked; a stream that then gives another number of
 * bytes fails the call with an `InvalidInputError` naming the field.
 */
export function toFile(
  data: NamedUpload['data'],
  name: string,
  options?: { type?: string; size?: number },
): NamedUpload {
  if (typeof name !== 'string' || name === '') {
    // The API tells a file's format by its extension, so a part without a name fails there, less clearly.
    throw new InvalidInputError('name', 'expected a file name, such as "speech.mp3"');
  }
  const declared = options?.size;
  if (declared !== undefined && !(Number.isSafeInteger(declared) && declared >= 0)) {
    throw new InvalidInputError('size', `expected a whole number of bytes, 0 or more, got ${String(declared)}`);
  }
  const size =
    declared ?? (data instanceof Blob ? data.size : data instanceof Uint8Array ? data.byteLength : undefined);
  return {
    [namedUploadMarker]: true,
    data,
    name,
    type: options?.type ?? (data instanceof Blob ? data.type : undefined),
    size,
  };
}
