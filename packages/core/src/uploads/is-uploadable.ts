import { type NamedUpload, namedUploadMarker, type Uploadable } from './uploadable.js';

export function isNamedUpload(value: unknown): value is NamedUpload {
  return typeof value === 'object' && value !== null && namedUploadMarker in value;
}

export function isFetchResponse(value: unknown): value is Response {
  return typeof Response === 'function' && value instanceof Response;
}

/** True for every file input form: Blob, bytes, web or Node stream, fetch `Response`, or a `toFile` result. */
export function isUploadable(value: unknown): value is Uploadable {
  if (typeof value !== 'object' || value === null) return false;
  return (
    value instanceof Blob ||
    value instanceof Uint8Array ||
    value instanceof ArrayBuffer ||
    isNamedUpload(value) ||
    isFetchResponse(value) ||
    typeof (value as ReadableStream).getReader === 'function' ||
    Symbol.asyncIterator in value
  );
}
