import { StreamError } from '../errors/stream-error.js';

/** The most characters an event (or NDJSON line) may buffer before the stream fails: 16 MiB. */
export const DEFAULT_MAX_BUFFER_SIZE = 16_777_216;

export function bufferLimitError(maxBufferSize: number): StreamError {
  return new StreamError(
    `A stream event exceeded the buffer limit of ${maxBufferSize} characters (maxBufferSize) before it ended.`,
  );
}
