import { InvalidInputError } from '@org/core';
import { iterateReadableStream, onAbort } from '@org/core/internal';
import type { PartSource } from './plan-upload.js';
import type { Md5Hash } from './upload-file.js';

/** One part of a file: a slice of a Blob (read only when sent, and again on a retry) or bytes. */
export interface FilePart {
  index: number;
  data: Blob | Uint8Array;
  /** Gives a part read from a stream its buffer back once sent (not after a failure: it may still be being read). */
  release?: () => void;
}

export interface ReadPartsOptions {
  bytes: number;
  partSize: number;
  /** Parts already accepted: read (for `hash`) but not given out. */
  skip: (index: number) => boolean;
  /** Fed every byte of the file in order, skipped parts too. */
  hash: Md5Hash | undefined;
  /** Aborting it cancels a stream source, so that a read waiting on it settles. */
  signal: AbortSignal;
}

/**
 * The parts of a file, in order, read as they are asked for: a Blob or bytes are sliced without copying; a stream is
 * read into one buffer per part, so what it holds in memory is the parts its readers hold. A stream that gives another
 * number of bytes than its size, or fails, fails with an `InvalidInputError` naming `file`.
 */
export async function* readParts(data: PartSource, options: ReadPartsOptions): AsyncGenerator<FilePart> {
  try {
    yield* data instanceof Blob || data instanceof Uint8Array ? sliceParts(data, options) : streamParts(data, options);
  } catch (cause) {
    if (cause instanceof InvalidInputError) throw cause;
    throw new InvalidInputError('file', `reading it failed: ${(cause as Error)?.message}`, { cause });
  }
}

async function* sliceParts(data: Blob | Uint8Array, options: ReadPartsOptions): AsyncGenerator<FilePart> {
  const { bytes, partSize, skip, hash } = options;
  for (let index = 0, start = 0; start < bytes; index++, start += partSize) {
    const end = Math.min(start + partSize, bytes);
    const part = data instanceof Blob ? data.slice(start, end) : data.subarray(start, end);
    if (hash) {
      if (part instanceof Uint8Array) hash.update(part);
      else for await (const chunk of streamChunks(part.stream())) hash.update(chunk as Uint8Array);
    }
    if (!skip(index)) yield { index, data: part };
  }
}

async function* streamParts(
  data: Exclude<PartSource, Blob | Uint8Array>,
  options: ReadPartsOptions,
): AsyncGenerator<FilePart> {
  const { bytes, partSize, skip, hash } = options;
  // Buffers whose parts were sent, to read the next ones into: the readers' parts are all the memory held, and no
  // garbage piles up waiting for a collection.
  const free: Uint8Array[] = [];
  const partLength = (index: number) => Math.max(0, Math.min(partSize, bytes - index * partSize));
  let index = 0;
  let read = 0;
  let buffer: Uint8Array = new Uint8Array(partSize);
  let filled = 0;
  for await (const chunk of streamChunks(data, options.signal)) {
    let rest = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    read += rest.byteLength;
    // Past the size, nothing more is taken: every part below is then whole.
    if (read > bytes) break;
    while (rest.byteLength > 0) {
      const piece = rest.subarray(0, partLength(index) - filled);
      buffer.set(piece, filled);
      filled += piece.byteLength;
      rest = rest.subarray(piece.byteLength);
      if (filled < partLength(index)) continue;
      const part = buffer.subarray(0, filled);
      hash?.update(part);
      if (!skip(index)) {
        const sent = buffer;
        yield { index, data: part, release: () => free.push(sent) };
        buffer = free.pop() ?? new Uint8Array(partSize);
      }
      index++;
      filled = 0;
    }
  }
  if (read !== bytes) {
    throw new InvalidInputError('file', `its size says ${bytes} bytes, but it gave ${read > bytes ? 'more' : read}`);
  }
}

/**
 * The chunks of a web or Node stream; `signal` cancels either kind, as nothing else would end a read that waits on a
 * stalled source. A web stream is read through a pipe that the signal aborts (its reader could not be cancelled from
 * here while a read waits).
 */
async function* streamChunks(
  source: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array | string> {
  if (typeof (source as ReadableStream).getReader === 'function') {
    const stream = source as ReadableStream<Uint8Array>;
    yield* iterateReadableStream(signal ? stream.pipeThrough(new TransformStream(), { signal }) : stream);
    return;
  }
  const { destroy } = source as { destroy?: (error?: Error) => void };
  const stopListening =
    signal && typeof destroy === 'function' && onAbort(signal, () => destroy.call(source, signal.reason));
  try {
    yield* source as AsyncIterable<Uint8Array | string>;
  } finally {
    if (stopListening) stopListening();
  }
}
