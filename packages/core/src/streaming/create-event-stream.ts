import { DEFAULT_MAX_BUFFER_SIZE } from './buffer-limit.js';
import { PumpIterator } from './pump-iterator.js';
import { SseDecoder, type StreamEnd } from './sse-decoder.js';
import { Stream } from './stream.js';
import type { StreamSource } from './stream-source.js';

export interface EventStreamOptions {
  /** Yield `{ event, data }` (a `NamedEvent`) instead of the bare data, for APIs that name their events. */
  eventNames?: boolean;
  /**
   * The most characters that may arrive while one event is pending (its lines, and the rest of the chunks they came
   * in) before the stream fails with a `StreamError`; 16 MiB by default. An event complete within one chunk is not
   * limited.
   */
  maxBufferSize?: number;
  /**
   * What a whole stream ends with: `'[DONE]'` (chat, completions, assistants runs), or a list of event types of which
   * one comes last (`['response.completed', …]`; with `eventNames`, the SSE event's name). A body that ends before it
   * raises a `StreamTruncatedError`, unless the client was made with `lenientStreamEnd`. Without it, the body may end
   * after any whole event: the end of a stream whose operation names none is not known.
   */
  end?: StreamEnd;
}

/**
 * Decodes a server-sent-events body into a `Stream` of the events' parsed JSON data.
 *
 * - `data: [DONE]` ends the stream, with or without spaces around `[DONE]`: reading stops and the connection is
 *   released.
 * - `event: error`, or a payload `{ error: { … } }`, raises a `StreamError` carrying the server's code, type and param;
 *   so does data that is not JSON, or an event outgrowing `maxBufferSize`.
 * - A body that is JSON rather than events (a server that ignored `stream: true`) or markup (a proxy's HTML page)
 *   raises the server's error as a `StreamError` when the body is one, else an `InvalidResponseError` quoting it.
 * - Comments, `id:` and `retry:` lines are ignored.
 *
 * End of body: when the body ends without the blank line that closes the last event, that event is still delivered
 * if its last line was terminated by a line break (CR, LF or CRLF), since gateways often drop the final blank line.
 * A body that ends in the middle of a line, or before `end`, was cut short: the stream raises a
 * `StreamTruncatedError` after the events that came whole.
 */
export function createEventStream<T>(source: StreamSource, options?: EventStreamOptions): Stream<T> {
  const decoder = new SseDecoder<T>(
    source.meta,
    options?.eventNames ?? false,
    options?.maxBufferSize ?? DEFAULT_MAX_BUFFER_SIZE,
    source.redact,
    source.lenientStreamEnd ? undefined : options?.end,
  );
  return new Stream(new PumpIterator<T>(source, decoder), source.meta);
}
