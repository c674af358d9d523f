import { StreamTruncatedError } from '../errors/stream-truncated-error.js';
import { bufferLimitError } from './buffer-limit.js';
import { parseStreamJson } from './parse-stream-json.js';
import type { ChunkDecoder } from './pump-iterator.js';

const STREAM: TextDecodeOptions = { stream: true };

/**
 * Where newline-delimited JSON ends: a relay's at its `[DONE]` line (see `NDJSON_END`), or after any whole line from a
 * producer that writes none; a file's (JSONL) where its body does, a last line without its line feed included, since
 * the transport holds the body to its length.
 */
export type NdjsonEnd = 'done' | 'line' | 'body';

/**
 * Decodes newline-delimited JSON up to its end. A relay that ends in the middle of a line, or before `[DONE]` when it
 * is due, was cut short: it raises a `StreamTruncatedError` after the whole lines.
 */
export class NdjsonDecoder<T> implements ChunkDecoder<T> {
  readonly #text = new TextDecoder();
  readonly #maxBufferSize: number;
  readonly #end: NdjsonEnd;
  #partial = '';
  #ended = false;

  constructor(maxBufferSize: number, end: NdjsonEnd) {
    this.#maxBufferSize = maxBufferSize;
    this.#end = end;
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
      if (line === '[DONE]' && this.#end !== 'body') {
        this.#ended = true;
        return true;
      }
      if (line !== '') items.push(parseStreamJson(line) as T);
    }
    this.#partial = start === 0 ? text : text.slice(start);
    if (this.#partial.length > this.#maxBufferSize) throw bufferLimitError(this.#maxBufferSize);
    return false;
  }

  end(items: T[]): void {
    if (this.#ended) return;
    const rest = `${this.#partial}${this.#text.decode()}`;
    const cut = rest.trim() !== '';
    if (cut && this.#end === 'body') items.push(parseStreamJson(rest) as T);
    else if (cut || this.#end === 'done')
      throw new StreamTruncatedError(`it ended ${cut ? 'mid-line' : 'before [DONE]'}`);
  }
}
