import { InvalidInputError } from '../errors/invalid-input-error.js';
import { isFetchResponse, isNamedUpload, isUploadable } from './is-uploadable.js';
import { type NamedUpload, namedUploadMarker } from './uploadable.js';

/**
 * Gives bytes, a Blob, a stream or a fetch `Response` the filename (and media type) its multipart part will carry. A
 * stream's `size`, when known, lets the request carry a content-length instead of going chunked; a stream that then
 * gives another number of bytes fails the call with an `InvalidInputError` naming the field. A `Response` is sent as
 * its body is read, with its content-type unless `type` is given.
 */
export function toFile(
  data: NamedUpload['data'] | Response,
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
  let type = options?.type;
  let contents = data;
  if (isFetchResponse(data)) {
    // Its content-length is not the size: fetch has already undone any content-encoding.
    contents = data.body ?? new Uint8Array(0);
    type ??= data.headers.get('content-type') ?? undefined;
  }
  if (!isUploadable(contents) || isNamedUpload(contents) || isFetchResponse(contents)) {
    throw new InvalidInputError('data', 'expected bytes, a Blob, a stream or a fetch Response');
  }
  const size =
    declared ??
    (contents instanceof Blob ? contents.size : contents instanceof Uint8Array ? contents.byteLength : undefined);
  return {
    [namedUploadMarker]: true,
    data: contents,
    name,
    type: type ?? (contents instanceof Blob ? contents.type : undefined),
    size,
  };
}
