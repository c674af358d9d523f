import { parseStreamJson } from './parse-stream-json.js';
import type { ChunkDecoder } from './pump-iterator.js';
import { SseParser } from './sse-parser.js';
import { errorBodyOf, streamErrorFromBody, streamErrorFromPayload } from './stream-error-from-payload.js';

const STREAM: TextDecodeOptions = { stream: true };

/** An SSE event with its name, as yielded in `eventNames` mode. */
export interface NamedEvent<D = unknown> {
  /** The `event:` field; 'message' when absent. */
  event: string;
  data: D;
}

/**
 * Decodes server-sent events into their parsed JSON data. Errors are thrown from the parser's callback: they unwind
 * `feed()` and end the stream, and the parser is never fed again.
 */
export class SseDecoder<T> implements ChunkDecoder<T> {
  readonly #text = new TextDecoder();
  readonly #parser: SseParser;
  readonly #eventNames: boolean;
  #items: T[] = [];

  constructor(eventNames: boolean, maxBufferSize: number) {
    this.#eventNames = eventNames;
    this.#parser = new SseParser((event, data) => this.#onEvent(event, data), maxBufferSize);
  }

  decode(chunk: Uint8Array, items: T[]): boolean {
    this.#items = items;
    this.#parser.feed(this.#text.decode(chunk, STREAM));
    return this.#parser.stopped;
  }

  end(items: T[]): void {
    this.#items = items;
    // Bytes of an unfinished UTF-8 sequence come out as U+FFFD, making the last line unterminated.
    this.#parser.feed(this.#text.decode());
    this.#parser.end();
  }

  /** Returns true at `[DONE]`, which stops the parser. */
  #onEvent(event: string | undefined, data: string): boolean {
    if (event === 'error') throw streamErrorFromPayload(data);
    // Some compatible servers pad it with spaces.
    if (data.trim() === '[DONE]') return true;
    const value = parseStreamJson(data);
    const errorBody = errorBodyOf(value);
    if (errorBody) throw streamErrorFromBody(errorBody, data);
    this.#items.push((this.#eventNames ? { event: event ?? 'message', data: value } : value) as T);
    return false;
  }
}
