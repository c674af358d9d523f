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
    const text = this.#partial + this.#text.decode(chunk, STREAM);
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
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
