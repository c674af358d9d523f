import { StreamTruncatedError } from '../errors/stream-truncated-error.js';
import type { ResponseMeta } from '../meta/response-meta.js';
import { bufferLimitError } from './buffer-limit.js';
import { notEventStreamError } from './not-event-stream-error.js';
import { parseStreamJson } from './parse-stream-json.js';
import type { ChunkDecoder } from './pump-iterator.js';
import { SseParser } from './sse-parser.js';
import { errorBodyOf, streamErrorFromPayload } from './stream-error-from-payload.js';

const STREAM: TextDecodeOptions = { stream: true };

/** An SSE event with its name, as yielded in `eventNames` mode. */
export interface NamedEvent<D = unknown> {
  /** The `event:` field; 'message' when absent. */
  event: string;
  data: D;
}

/** What ends a whole stream: the `[DONE]` line, or an event of one of these types. */
export type StreamEnd = '[DONE]' | readonly string[];

/**
 * Decodes server-sent events into their parsed JSON data. Errors are thrown from the parser's callback: they unwind
 * `feed()` and end the stream, and the parser is never fed again. A body that opens with `{` or `[` (JSON from a
 * compatible server that ignored `stream: true`) or `<` (a proxy's HTML page) is not events: it is read whole and
 * raised (see `notEventStreamError`), rather than taken for a stream without events. A body cut in the middle of a
 * line, or one that ends before `end` came, raises a `StreamTruncatedError`.
 */
export class SseDecoder<T> implements ChunkDecoder<T> {
  readonly #text = new TextDecoder();
  readonly #parser: SseParser;
  readonly #eventNames: boolean;
  readonly #maxBufferSize: number;
  readonly #redact: (text: string) => string;
  readonly #end: StreamEnd | undefined;
  /** `[DONE]` or a terminal event came: whatever follows, nothing is missing. */
  #ended = false;
  #items: T[] = [];
  /** Until the first character that is not white space: whether the body is JSON is not known yet. */
  #sniffing = true;
  /** The body so far, once it turned out not to be events. */
  #whole: string | undefined;
  readonly #meta: ResponseMeta;

  constructor(
    meta: ResponseMeta,
    eventNames: boolean,
    maxBufferSize: number,
    redact: (text: string) => string = (text) => text,
    end?: StreamEnd,
  ) {
    this.#meta = meta;
    this.#eventNames = eventNames;
    this.#maxBufferSize = maxBufferSize;
    this.#redact = redact;
    this.#end = end;
    this.#parser = new SseParser((event, data) => this.#onEvent(event, data), maxBufferSize);
  }

  decode(chunk: Uint8Array, items: T[]): boolean {
    const text = this.#text.decode(chunk, STREAM);
    if (this.#sniffing) this.#sniff(text);
    if (this.#whole !== undefined) {
      this.#whole += text;
      if (this.#whole.length > this.#maxBufferSize) throw bufferLimitError(this.#maxBufferSize);
      return false;
    }
    this.#items = items;
    this.#parser.feed(text);
    return this.#parser.stopped;
  }

  end(items: T[]): void {
    // Bytes of an unfinished UTF-8 sequence come out as U+FFFD, making the last line unterminated.
    const rest = this.#text.decode();
    if (this.#whole !== undefined) throw notEventStreamError(this.#redact(this.#whole + rest), this.#meta);
    this.#items = items;
    this.#parser.feed(rest);
    const cut = this.#parser.end();
    if (this.#ended) return;
    const end = this.#end;
    if (cut || end) throw new StreamTruncatedError(`it ended ${cut ? 'mid-event' : `before ${end}`}`);
  }

  #sniff(text: string): void {
    const first = text.trimStart()[0];
    if (first === undefined) return;
    this.#sniffing = false;
    if (first === '{' || first === '[' || first === '<') this.#whole = '';
  }

  /** Returns true at `[DONE]`, which stops the parser. */
  #onEvent(event: string | undefined, data: string): boolean {
    if (event === 'error') throw streamErrorFromPayload(this.#redact(data));
    // Some compatible servers pad it with spaces.
    if (data.trim() === '[DONE]') {
      this.#ended = true;
      return true;
    }
    const value = parseStreamJson(data, this.#redact);
    // Parsed again from the scrubbed text: errors are rare, and every event is not worth scrubbing.
    if (errorBodyOf(value)) throw streamErrorFromPayload(this.#redact(data));
    const end = this.#end;
    if (typeof end === 'object' && end.includes((this.#eventNames ? event : (value as { type?: string })?.type)!)) {
      this.#ended = true;
    }
    this.#items.push((this.#eventNames ? { event: event ?? 'message', data: value } : value) as T);
    return false;
  }
}
