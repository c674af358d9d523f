import { StreamTruncatedError } from '../errors/stream-truncated-error.js';
import { bufferLimitError } from './buffer-limit.js';
import { parseStreamJson } from './parse-stream-json.js';
import type { ChunkDecoder } from './pump-iterator.js';

const STREAM: TextDecodeOptions = { stream: true };

/**
 * Decodes newline-delimited JSON up to its `[DONE]` line (see `NDJSON_END`). A body that ends in the middle of a line,
 * or before `[DONE]` unless `lenientEnd`, was cut short: it raises a `StreamTruncatedError` after the whole lines.
 */
export class NdjsonDecoder<T> implements ChunkDecoder<T> {
  readonly #text = new TextDecoder();
  readonly #maxBufferSize: number;
  readonly #lenientEnd: boolean;
  #partial = '';
  #ended = false;

  constructor(maxBufferSize: number, lenientEnd = false) {
    this.#maxBufferSize = maxBufferSize;
    this.#lenientEnd = lenientEnd;
  }

  decode(chunk: Uint8Array, items: T[]): boolean {
    const added = this.#text.decode(chunk, STREAM);
    const firstEnd = added.indexOf('\n');
    const text = this.#partial + added;
    let start = 0;
    // The carried partial line has no line feed, so only the new text is searched at first: a long line arriving in
    // many chunks is scanned once, not once per chunk.
    for (
      let end = firstEnd === -1 ? -1 : firstEnd + this.#partial.length;
      end !== -1;
      end = text.indexOf('\n', start)
    ) {
      const line = text.slice(start, end);
      start = end + 1;
      if (line === '[DONE]') {
        this.#ended = true;
        return true;
      }
      if (line !== '') items.push(parseStreamJson(line) as T);
    }
    this.#partial = start === 0 ? text : text.slice(start);
    if (this.#partial.length > this.#maxBufferSize) throw bufferLimitError(this.#maxBufferSize);
    return false;
  }

  end(): void {
    if (this.#ended) return;
    const cut = `${this.#partial}${this.#text.decode()}`.trim() !== '';
    if (cut || !this.#lenientEnd) throw new StreamTruncatedError(`it ended ${cut ? 'mid-line' : 'before [DONE]'}`);
  }
}
