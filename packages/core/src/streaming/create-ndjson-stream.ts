import { DEFAULT_MAX_BUFFER_SIZE } from './buffer-limit.js';
import { NdjsonDecoder } from './ndjson-decoder.js';
import { PumpIterator } from './pump-iterator.js';
import { Stream } from './stream.js';
import type { StreamSource } from './stream-source.js';

export interface NdjsonStreamOptions {
  /** The most characters one line may buffer before the stream fails with a `StreamError`; 16 MiB by default. */
  maxBufferSize?: number;
}

/**
 * Decodes a newline-delimited JSON body (a JSONL file's content: a batch's output, say) into a `Stream` of its parsed
 * lines, read as the body arrives, so a file of any size never sits whole in memory. Pass it as a call's `read`.
 * Blank lines are skipped; a last line without its line feed is still parsed: a file ends where its body does, which
 * the transport holds to its length (a body cut short fails as a connection error). A line that is not JSON raises a
 * `StreamError` quoting it.
 */
export function createNdjsonStream<T>(source: StreamSource, options?: NdjsonStreamOptions): Stream<T> {
  const decoder = new NdjsonDecoder<T>(options?.maxBufferSize ?? DEFAULT_MAX_BUFFER_SIZE, 'body');
  return new Stream(new PumpIterator<T>(source, decoder), source.meta);
}
