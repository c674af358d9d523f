import { bufferLimitError } from './buffer-limit.js';
import { parseStreamJson } from './parse-stream-json.js';
import type { ChunkDecoder } from './pump-iterator.js';

const STREAM: TextDecodeOptions = { stream: true };

/** Decodes newline-delimited JSON; a last line without its '\n' is still parsed. */
export class NdjsonDecoder<T> implements ChunkDecoder<T> {
  readonly #text = new TextDecoder();
  readonly #maxBufferSize: number;
  #partial = '';

  constructor(maxBufferSize: number) {
    this.#maxBufferSize = maxBufferSize;
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
      if (end > start) items.push(parseStreamJson(text.slice(start, end)) as T);
      start = end + 1;
    }
    this.#partial = start === 0 ? text : text.slice(start);
    if (this.#partial.length > this.#maxBufferSize) throw bufferLimitError(this.#maxBufferSize);
    return false;
  }

  end(items: T[]): void {
    const rest = this.#partial + this.#text.decode();
    this.#partial = '';
    if (rest.trim() !== '') items.push(parseStreamJson(rest) as T);
  }
}
