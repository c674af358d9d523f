import { bufferLimitError } from './buffer-limit.js';

const LINE_BREAK = /\r\n|\r|\n/;
const HAS_LINE_BREAK = /[\r\n]/;
const LF = 10;
/** A line's field name and value: the first colon splits them, and one space after it is dropped. */
const FIELD = /^([^:]*):? ?/;

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
  /** The handler asked to stop: the rest of the text is ignored. */
  stopped = false;
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

  constructor(onEvent: SseEventHandler, maxBufferSize: number) {
    this.#onEvent = onEvent;
    this.#maxBufferSize = maxBufferSize;
  }

  feed(chunk: string): void {
    if (this.stopped || chunk === '') return;
    if (this.#endedWithCR && chunk.charCodeAt(0) === LF) chunk = chunk.slice(1);
    this.#endedWithCR = chunk.endsWith('\r');
    let lines = [this.#partial + chunk];
    // A chunk without a line break only extends the pending line, so a long line is split once, not once per chunk.
    if (HAS_LINE_BREAK.test(chunk)) lines = lines[0]!.split(chunk.includes('\r') ? LINE_BREAK : '\n');
    const partial = lines.pop()!;
    for (const line of lines) {
      this.#line(line);
      if (this.stopped) return;
    }
    this.#partial = partial;
    if (partial === '' && this.#data === undefined) {
      this.#pendingSize = 0;
      return;
    }
    this.#pendingSize += chunk.length;
    if (this.#pendingSize > this.#maxBufferSize) throw bufferLimitError(this.#maxBufferSize);
  }

  /**
   * The text is over. An event whose last line ended is dispatched even without the blank line that should close it;
   * one cut in the middle of a line is dropped, since that line may be truncated. Returns true when it was.
   */
  end(): boolean {
    if (this.stopped) return false;
    const cut = this.#partial !== '';
    if (!cut) this.#line('');
    this.#partial = '';
    this.#data = this.#event = undefined;
    return cut;
  }

  #line(line: string): void {
    if (line === '') {
      const data = this.#data;
      const event = this.#event;
      this.#data = this.#event = undefined;
      if (data !== undefined) this.stopped = this.#onEvent(event, data);
      return;
    }
    // Nearly every line is a `data: ` line, read without the regular expression.
    let field = 'data';
    let value: string;
    if (line.startsWith('data: ')) value = line.slice(6);
    else {
      const match = FIELD.exec(line)!;
      field = match[1]!;
      value = line.slice(match[0].length);
    }
    if (field === 'data') this.#data = this.#data === undefined ? value : `${this.#data}\n${value}`;
    else if (field === 'event') this.#event = value || undefined;
  }
}
