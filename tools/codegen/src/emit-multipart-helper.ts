import { generatedHeader } from './header.js';

/** A helper for operations that take JSON or multipart: a body carrying a file goes as multipart. */
export function emitMultipartHelper(): string {
  return `${generatedHeader}
const namedUpload = Symbol.for('@org/core.named-upload');

function isFileLike(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return true;
  if (typeof Blob !== 'undefined' && value instanceof Blob) return true;
  if (namedUpload in value) return true;
  return 'getReader' in value || Symbol.asyncIterator in value;
}

/** True when a top-level field of the body (or an item of a top-level array) is a file. */
export function isMultipartBody(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  return Object.values(body).some((value) => (Array.isArray(value) ? value.some(isFileLike) : isFileLike(value)));
}
`;
}
