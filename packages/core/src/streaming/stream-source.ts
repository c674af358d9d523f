import type { ResponseMeta } from '../meta/response-meta.js';

/** What the transport hands to `createEventStream`: a live response body and the hooks around it. */
export interface StreamSource {
  /** The HTTP body; iterated once. */
  body: AsyncIterable<Uint8Array>;
  meta: ResponseMeta;
  /**
   * Aborts the underlying request, freeing the socket. Called when the stream stops early
   * (`break`, `[DONE]`, a bad event) and by `stream.abort(reason)`, after which `mapError(reason)` is asked
   * for the error to raise.
   */
  abort(reason?: unknown): void;
  /**
   * Called when the reader starts waiting for the next chunk: `idleTimeout` counts only these waits, so a reader that
   * takes its time is not taken for a silent server. A reader that never calls it is never cut by `idleTimeout`.
   */
  onRead(): void;
  /** Called for every chunk received (ends the wait). */
  onChunk(): void;
  /** Called exactly once, when the stream is over for any reason (clears timers). */
  finish(): void;
  /** Maps an error thrown while reading `body` (or an abort reason) to the SDK error to raise. */
  mapError(error: unknown): Error;
  /** Scrubs the credentials the request carried from an error the server sent in the body, before it is raised. */
  redact?(text: string): string;
  /** The client's `lenientStreamEnd`: a body may end after any whole event, even without its stream's end marker. */
  lenientStreamEnd?: boolean | undefined;
}
