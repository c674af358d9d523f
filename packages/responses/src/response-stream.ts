import { Stream, toReadableStream } from '@org/core';
import { LazyPromise } from '@org/core/internal';
import type { Response, ResponseStreamEvent } from './generated/types.js';
import { getOutputText } from './get-output-text.js';
import { noop } from './noop.js';
import type { ResponseEventIterator } from './response-event-iterator.js';
import type { ResponseStreamCursor } from './response-stream-cursor.js';

/**
 * The typed events of one response (narrow on `event.type`), the response they assemble, and where the stream
 * stands. Iterate it once, split it with core's `teeStream`, or relay it with `toReadableStream()`; `finalResponse()` reads it to the end
 * itself when nobody iterates.
 */
export class ResponseStream extends Stream<ResponseStreamEvent> {
  readonly #events: ResponseEventIterator;

  /** Made by `createResponseStream`, `reconnectResponseStream` and `responseStreamFromReadableStream`. */
  constructor(events: ResponseEventIterator, meta: Stream<ResponseStreamEvent>['meta']) {
    super(events, meta);
    this.#events = events;
  }

  /** The events as NDJSON bytes, to relay through an app's own backend; `responseStreamFromReadableStream` reads them. */
  toReadableStream(): ReadableStream<Uint8Array> {
    return toReadableStream(this);
  }

  /** The response as assembled from the events so far; undefined before the first lifecycle event. */
  get currentResponse(): Response | undefined {
    return this.#events.assembly.response;
  }

  /** The output text so far, growing with every `response.output_text.delta`. */
  get outputText(): string {
    const response = this.#events.assembly.response;
    return response ? getOutputText(response) : '';
  }

  get responseId(): string | undefined {
    return this.#events.assembly.responseId;
  }

  get lastSequenceNumber(): number | undefined {
    return this.#events.assembly.lastSequenceNumber;
  }

  /** What `reconnectResponseStream` needs to pick this stream up later; undefined until the response id is known. */
  get cursor(): ResponseStreamCursor | undefined {
    return this.#events.assembly.cursor;
  }

  /**
   * The response of `response.completed` or `response.incomplete`, else the one assembled from the events when the
   * stream ends without either. Rejects with `ResponseFailedError`, the stream's error, or `APIUserAbortError`.
   * Holding the promise does nothing; awaiting it while nothing iterates the stream reads the stream itself, as a
   * chat completion stream's final promises do.
   */
  finalResponse(): Promise<Response> {
    return new LazyPromise(this.#events.assembly.final.promise, () => this.#readToEnd());
  }

  #readToEnd(): void {
    let iterator: AsyncIterator<ResponseStreamEvent>;
    try {
      iterator = this[Symbol.asyncIterator]();
    } catch {
      return; // already being read: its reader drives it
    }
    const drain = async () => {
      while (!(await iterator.next()).done);
    };
    drain().catch(noop);
  }
}
