import type { Transform } from 'node:stream';
import {
  brotliDecompressSync,
  createBrotliDecompress,
  createGunzip,
  createInflate,
  createInflateRaw,
  gunzipSync,
  inflateRawSync,
  inflateSync,
} from 'node:zlib';
import { APIConnectionError } from '../errors/connection-errors.js';

/** One content coding the Node transport undoes. */
export interface ContentCoding {
  /** A stream that undoes it, made once the body's first two bytes are in. */
  stream(head: Uint8Array): Transform;
  /** Undoes it on a whole body at once: for a body read whole anyway, a fraction of what a stream costs. */
  whole(body: Uint8Array): Uint8Array;
}

/** Past this, a body read whole could not become a string anyway (V8's longest); a bomb fails instead of the heap. */
const wholeLimit = { maxOutputLength: 2 ** 29 };

/**
 * RFC 9110's deflate is zlib-wrapped, yet some servers send it raw. A zlib header has compression method 8 in the low
 * nibble of its first byte, and its two bytes, read as one number, are a multiple of 31; raw deflate rarely both.
 */
function isZlib(head: Uint8Array): boolean {
  return head.length >= 2 && (head[0]! & 0x0f) === 8 && ((head[0]! << 8) | head[1]!) % 31 === 0;
}

const gzip: ContentCoding = { stream: () => createGunzip(), whole: (body) => gunzipSync(body, wholeLimit) };

/** The codings the Node transport undoes, by their `content-encoding` token; look them up with `Object.hasOwn`. */
export const contentCodings: Record<string, ContentCoding> = {
  gzip,
  'x-gzip': gzip,
  deflate: {
    stream: (head) => (isZlib(head) ? createInflate() : createInflateRaw()),
    whole: (body) => (isZlib(body) ? inflateSync(body, wholeLimit) : inflateRawSync(body, wholeLimit)),
  },
  br: { stream: () => createBrotliDecompress(), whole: (body) => brotliDecompressSync(body, wholeLimit) },
};

/** The error for a body that a coding could not undo: corrupt, cut short, or too large to read whole. */
export function decodingError(coding: string, cause: Error): APIConnectionError {
  return new APIConnectionError(`The ${coding} response body could not be decoded: ${cause.message}.`, { cause });
}
