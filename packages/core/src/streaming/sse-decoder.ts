import { createParser, type EventSourceMessage, type EventSourceParser, type ParseError } from 'eventsource-parser';
import { bufferLimitError } from './buffer-limit.js';
import { parseStreamJson } from './parse-stream-json.js';
import type { ChunkDecoder } from './pump-iterator.js';
import { errorBodyOf, streamErrorFromBody, streamErrorFromPayload } from './stream-error-from-payload.js';

const STREAM: TextDecodeOptions = { stream: true };
const LF = 10;
const CR = 13;

/** An SSE event with its name, as yielded in `eventNames` mode. */
export interface NamedEvent<D = unknown> {
  /** The `event:` field; 'message' when absent. */
  event: string;
  data: D;
}

/**
 * Decodes server-sent events into their parsed JSON data. Errors are thrown from the parser callbacks: they
 * unwind `feed()` and end the stream, and the parser is never fed again.
 */
export class SseDecoder<T> implements ChunkDecoder<T> {
  readonly #text = new TextDecoder();
  readonly #parser: EventSourceParser;
  readonly #eventNames: boolean;
  #items: T[] = [];
  #done = false;
  #endsWithLineBreak = false;

  constructor(eventNames: boolean, maxBufferSize: number) {
    this.#eventNames = eventNames;
    this.#parser = createParser({
      onEvent: (message) => this.#onEvent(message),
      onError: (error: ParseError) => {
        // Unknown fields and bad `retry:` values are ignored, as EventSource does.
        if (error.type === 'max-buffer-size-exceeded') throw bufferLimitError(maxBufferSize);
      },
      maxBufferSize,
    });
  }

  decode(chunk: Uint8Array, items: T[]): boolean {
    const text = this.#text.decode(chunk, STREAM);
    return text === '' ? false : this.#feed(text, items);
  }

  end(items: T[]): void {
    // Bytes of an unfinished UTF-8 sequence come out as U+FFFD, making the last line unterminated.
    const tail = this.#text.decode();
    if (tail !== '' && this.#feed(tail, items)) return;
    // Two line feeds dispatch the pending event even after a lone CR, which may yet pair with the first one.
    if (this.#endsWithLineBreak) this.#feed('\n\n', items);
    else this.#parser.reset();
  }

  #feed(text: string, items: T[]): boolean {
    this.#items = items;
    this.#parser.feed(text);
    const last = text.charCodeAt(text.length - 1);
    this.#endsWithLineBreak = last === LF || last === CR;
    return this.#done;
  }

  #onEvent({ data, event }: EventSourceMessage): void {
    if (this.#done) return;
    if (event === 'error') throw streamErrorFromPayload(data);
    if (data === '[DONE]') {
      this.#done = true;
      return;
    }
    const value = parseStreamJson(data);
    const errorBody = errorBodyOf(value);
    if (errorBody) throw streamErrorFromBody(errorBody, data);
    this.#items.push((this.#eventNames ? { event: event ?? 'message', data: value } : value) as T);
  }
}
