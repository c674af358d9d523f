import { APIUserAbortError, type Client, type Stream, StreamError, StreamTruncatedError } from '@org/core';
import {
  backoffDelay,
  iterableToReadableStream,
  NDJSON_END,
  ndjsonLine,
  StreamHelper,
  sleep,
} from '@org/core/internal';
import { streamResponse } from './generated/functions/stream-response.js';
import type { CreateResponse, Response, ResponseStreamEvent } from './generated/types.js';
import { getOutputText } from './get-output-text.js';
import { ResponseAssembly } from './response-assembly.js';
import { responseReconnect } from './response-reconnect.js';
import type { ResponseStreamCursor } from './response-stream-cursor.js';
import {
  isResumableError,
  type ResponseStreamOptions,
  type ResumePolicy,
  resolveResumePolicy,
} from './resume-options.js';
import { errorEventOf, failureOf } from './stream-failure.js';

type Events = Stream<ResponseStreamEvent>;

/** Reopens a response's stream after the cursor; `signal` aborts when the stream is stopped. */
export type Reconnect = (cursor: ResponseStreamCursor, signal: AbortSignal) => Promise<Events>;

/** How a `ResponseStream` reads its response, beside the connection it starts from. */
export interface ResponseStreamSettings {
  /** The request asked for `background: true`. */
  background?: boolean;
  reconnect?: Reconnect;
  resume?: ResumePolicy;
  /** Where a stream reopened from a cursor starts. */
  cursor?: ResponseStreamCursor;
}

/**
 * The typed events of one response (narrow on `event.type`), the response they assemble, and where the stream
 * stands: iterate it once, and/or await `finalResponse()`, which reads the stream itself when nothing iterates it.
 * A background response whose connection drops is reopened from the last event seen, over as many connections as it
 * takes; events a reopened stream replays are not delivered twice. Leaving the loop early or `abort()` frees the
 * connection and rejects whatever waits with `APIUserAbortError`.
 */
export class ResponseStream extends StreamHelper<ResponseStreamEvent, Response> {
  readonly #assembly: ResponseAssembly;
  readonly #settings: ResponseStreamSettings;
  readonly #first: Promise<Events>;

  /**
   * Made by `responseStream`, `reconnectResponseStream` and `responseStreamFromReadableStream`. `source` is an event
   * stream, or opens one listening to the given signal; `signal` aborts this stream.
   */
  constructor(
    source: Events | ((signal: AbortSignal) => Promise<Events>),
    settings: ResponseStreamSettings = {},
    signal?: AbortSignal,
  ) {
    super();
    this.#assembly = new ResponseAssembly(settings.background === true, settings.cursor);
    this.#settings = settings;
    this.follow(signal);
    this.#first = this.connect(typeof source === 'function' ? source(this.signal) : source);
  }

  /**
   * The response of `response.completed` or `response.incomplete`. Rejects with `ResponseFailedError`, the stream's
   * error (`StreamTruncatedError` when it ended before any of those), or `APIUserAbortError`.
   */
  finalResponse(): Promise<Response> {
    return this.settled();
  }

  /** The events as NDJSON bytes, to relay through an app's own backend; `responseStreamFromReadableStream` reads them. */
  toReadableStream(): ReadableStream<Uint8Array> {
    return iterableToReadableStream(this, ndjsonLine, NDJSON_END);
  }

  /** The response as assembled from the events so far; undefined before the first lifecycle event. */
  get currentResponse(): Response | undefined {
    return this.#assembly.response;
  }

  /** The output text so far, growing with every `response.output_text.delta`. */
  get outputText(): string {
    const response = this.#assembly.response;
    return response ? getOutputText(response) : '';
  }

  get responseId(): string | undefined {
    return this.#assembly.responseId;
  }

  get lastSequenceNumber(): number | undefined {
    return this.#assembly.lastSequenceNumber;
  }

  /** What `reconnectResponseStream` needs to pick this stream up later; undefined until the response id is known. */
  get cursor(): ResponseStreamCursor | undefined {
    return this.#assembly.cursor;
  }

  protected async *produce(): AsyncGenerator<ResponseStreamEvent, Response> {
    const assembly = this.#assembly;
    /** The first break since the last new event: raised if reconnecting never completes the response. */
    let drop: unknown;
    /** The last event number delivered before the current connection opened: a stream reopened after it replays. */
    let seenThrough = this.#settings.cursor?.lastSequenceNumber;
    let connection: Promise<Events> | undefined = this.#first;
    for (let failures = 0; ; ) {
      let dropped: unknown;
      let failure: Error | undefined;
      try {
        if (!connection) {
          seenThrough = assembly.lastSequenceNumber;
          connection = this.connect(this.#reopen());
        }
        for await (const event of await connection) {
          if (!assembly.accept(event, seenThrough)) continue;
          failures = 0;
          drop = undefined;
          failure = failureOf(event);
          // Settled before the event is handed over, so a consumer leaving the loop on it keeps this outcome.
          if (failure) this.failEarly(failure);
          else if (assembly.final) this.settleEarly(assembly.final);
          yield event;
          if (failure) break;
        }
      } catch (error) {
        dropped = error;
      }
      connection = undefined;
      if (this.signal.aborted) throw new APIUserAbortError({ cause: this.signal.reason });
      if (failure) throw failure;
      if (assembly.final) return assembly.final;
      // Reconnects that bring nothing new and drop again do not hide the drop that made them; an error that ends the
      // reconnecting (an API error) is the one to raise.
      if (dropped !== undefined && (drop === undefined || !isResumableError(dropped))) drop = dropped;
      const resume = this.#resumePolicy(dropped, failures);
      if (!resume) {
        drop ??= new StreamTruncatedError(
          'the events ended before response.completed, response.failed or response.incomplete',
        );
        if (drop instanceof StreamError && drop.error) {
          this.failEarly(drop);
          yield errorEventOf(drop, assembly.lastSequenceNumber);
        }
        throw drop;
      }
      await sleep(backoffDelay(failures++, resume.initialDelayMs, resume.maxDelayMs), this.signal);
    }
  }

  /** The policy to reconnect by, when this drop (or early end: `dropped` undefined) is worth a reconnect. */
  #resumePolicy(dropped: unknown, failures: number): ResumePolicy {
    const { resume, reconnect } = this.#settings;
    const { background, responseId } = this.#assembly;
    if (!resume || !reconnect || !background || responseId === undefined || failures >= resume.maxAttempts)
      return false;
    return dropped === undefined || isResumableError(dropped) ? resume : false;
  }

  #reopen(): Promise<Events> {
    const { cursor } = this.#assembly;
    const reconnect = this.#settings.reconnect;
    // #resumePolicy let us here only with both.
    if (!cursor || !reconnect) throw new StreamError('The stream cannot be reopened.');
    return reconnect(cursor, this.signal);
  }
}

/**
 * Creates a response and streams it as a `ResponseStream`, returned at once: typed events, `finalResponse()`,
 * `outputText`. A background response (`background: true`) whose connection drops is reopened from the last event
 * seen (see `options.resume`); any other stream raises the drop as an `APIConnectionError`.
 */
export function responseStream(
  client: Client,
  body: CreateResponse & { stream?: true },
  options: ResponseStreamOptions = {},
): ResponseStream {
  const { resume, ...requestOptions } = options;
  return new ResponseStream(
    (signal) => streamResponse(client, body, { ...requestOptions, signal }),
    {
      background: body.background === true,
      reconnect: responseReconnect(client, requestOptions),
      resume: resolveResumePolicy(resume),
    },
    requestOptions.signal,
  );
}
