import type { Compression } from './compress-units.js';
import type { RecordedRequest } from './recorded-request.js';
import type { SSEEvent } from './sse.js';

/**
 * - `reset`: destroy the socket before any response.
 * - `close-mid-body`: send status, headers and part of the body, then destroy the socket.
 * - `reset-mid-body`: send status, headers and part of the body, then reset the connection (TCP RST).
 * - `end-mid-body`: send status, headers and part of the body, then end the response cleanly: a well-formed reply
 *   whose content is cut short, as a proxy or a server that caught its own crash sends.
 * - `stall`: never answer.
 * - `stall-mid-body`: send status, headers and part of the body, then send nothing more.
 */
export type Fault = 'reset' | 'close-mid-body' | 'reset-mid-body' | 'end-mid-body' | 'stall' | 'stall-mid-body';

/** How the server answers one request. When several body fields are set, `sse` wins over `json`, `json` over `body`. */
export interface ReplySpec {
  /** Default 200. */
  status?: number;
  /** Extra response headers; they override the defaults (content-type, x-request-id, ...). */
  headers?: Record<string, string>;
  /** JSON body, sent as application/json. */
  json?: unknown;
  /** Raw body; content-type defaults to text/plain. */
  body?: string | Uint8Array;
  /** An SSE stream. Event objects are serialised; strings are written raw. */
  sse?: Array<SSEEvent | string>;
  /** Split the body into chunks of this many bytes, written one by one. */
  chunkSize?: number;
  /** Delay between chunks (or between SSE events when there is no chunkSize), and before a mid-body fault. */
  chunkDelayMs?: number;
  /**
   * Compress the body and say so in `content-encoding`, whatever the request's `accept-encoding`. Each chunk (or SSE
   * event) is flushed on its own, so it decodes on arrival; faults cut the compressed bytes.
   */
  compress?: Compression;
  /** Delay before the status and headers are sent. */
  delayMs?: number;
  fault?: Fault;
  /**
   * For the `…-mid-body` faults: how many chunks (or SSE events) are sent before the fault.
   * Defaults to half of them, rounded down. A body with no chunkSize counts as two halves.
   */
  faultAfterChunks?: number;
}

/** A scripted reply, or a function computing one from the (fully received) request. */
export type Reply = ReplySpec | ((request: RecordedRequest) => ReplySpec | Promise<ReplySpec>);
