import { bufferLimitError } from './buffer-limit.js';

const LF = 10;
const SPACE = 32;
const DATA_PREFIX = 'data: ';

/**
 * Receives each complete event: its `event:` field (undefined when absent or empty) and its joined `data:` lines.
 * Returning true stops the parser: the rest of the text is ignored, as `[DONE]` asks.
 */
export type SseEventHandler = (event: string | undefined, data: string) => boolean;

/**
 * Splits server-sent-events text into events as the WHATWG EventSource parser does, less what only reconnecting needs:
 * `id:`, `retry:`, comments and unknown fields are skipped. Lines end with LF, CR or CRLF, split anywhere across feeds.
 * An error thrown by the handler unwinds `feed()`; the parser must not be fed again after that.
 */
export class SseParser {
  readonly #onEvent: SseEventHandler;
  readonly #maxBufferSize: number;
  /** The start of a line whose end has not arrived yet. */
  #partial = '';
  /** The `data:` lines of the event being read, joined by LF; undefined while it has none. */
  #data: string | undefined;
  #event: string | undefined;
  /** The last feed ended with CR, so an LF opening the next one completes that line break. */
  #endedWithCR = false;
  /**
   * The characters fed since the pending event began, counting whole chunks: its lines are slices that keep their
   * chunks alive, so this, not the length of the lines, is what bounds memory.
   */
  #pendingSize = 0;
  #stopped = false;

  /** The handler asked to stop: the rest of the text is ignored. */
  get stopped(): boolean {
    return this.#stopped;
  }

  constructor(onEvent: SseEventHandler, maxBufferSize: number) {
    this.#onEvent = onEvent;
    this.#maxBufferSize = maxBufferSize;
  }

  feed(chunk: string): void {
    if (this.#stopped || chunk === '') return;
    if (this.#endedWithCR) {
      this.#endedWithCR = false;
      if (chunk.charCodeAt(0) === LF) chunk = chunk.slice(1);
    }
    const partial = this.#partial;
    const text = partial === '' ? chunk : partial + chunk;
    // Where the next LF and CR are in `text`; -1 once there is none left, below `start` while not looked up yet. The
    // carried partial line has none, so only the chunk is searched at first, and a chunk without any just extends the
    // line: a long line arriving in many chunks is scanned once, not once per chunk.
    let lf = chunk.indexOf('\n');
    let cr = chunk.indexOf('\r');
    if (lf === -1 && cr === -1) {
      this.#keepPending(text, chunk.length);
      return;
    }
    if (lf !== -1) lf += partial.length;
    if (cr !== -1) cr += partial.length;
    let start = 0;
    for (;;) {
      if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
      if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
      const end = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
      if (end === -1) break;
      this.#line(text, start, end);
      if (this.#stopped) return;
      start = end + 1;
      if (end === cr) {
        if (start === text.length) this.#endedWithCR = true;
        else if (text.charCodeAt(start) === LF) start++;
      }
    }
    this.#keepPending(start === 0 ? text : text.slice(start), chunk.length);
  }

  /** Keeps the start of an unfinished line; an event still pending counts the chunk against `maxBufferSize`. */
  #keepPending(partial: string, chunkSize: number): void {
    this.#partial = partial;
    if (partial === '' && this.#data === undefined) {
      this.#pendingSize = 0;
      return;
    }
    this.#pendingSize += chunkSize;
    if (this.#pendingSize > this.#maxBufferSize) throw bufferLimitError(this.#maxBufferSize);
  }

  /**
   * The text is over. An event whose last line ended is dispatched even without the blank line that should close it;
   * one cut in the middle of a line is dropped, since that line may be truncated.
   */
  end(): void {
    if (this.#stopped) return;
    const truncated = this.#partial !== '';
    this.#partial = '';
    if (truncated) this.#data = this.#event = undefined;
    else this.#dispatch();
  }

  /** Reads the line `text[start, end)`; a `data: ` line, nearly every line, is read without slicing it out first. */
  #line(text: string, start: number, end: number): void {
    if (start === end) {
      this.#dispatch();
      return;
    }
    if (text.startsWith(DATA_PREFIX, start)) {
      this.#addData(text.slice(start + DATA_PREFIX.length, end));
      return;
    }
    const line = text.slice(start, end);
    const colon = line.indexOf(':');
    if (colon === 0) return;
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(line.charCodeAt(colon + 1) === SPACE ? colon + 2 : colon + 1);
    if (field === 'data') this.#addData(value);
    else if (field === 'event') this.#event = value === '' ? undefined : value;
  }

  #addData(value: string): void {
    this.#data = this.#data === undefined ? value : `${this.#data}\n${value}`;
  }

  #dispatch(): void {
    const data = this.#data;
    const event = this.#event;
    this.#data = this.#event = undefined;
    if (data !== undefined && this.#onEvent(event, data) === true) this.#stopped = true;
  }
}
