import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { compressUnits } from './compress-units.js';
import type { ReplySpec } from './reply.js';
import { serializeSSE } from './sse.js';

export interface ReplyContext {
  /** Default value of the x-request-id header. */
  requestId: string;
  /** Aborted when the response closes or the server shuts down. */
  signal: AbortSignal;
  /** Destroys the connection on purpose, with a TCP reset when `reset` is true. */
  destroy(reset: boolean): void;
}

interface EncodedBody {
  contentType: string;
  /** The pieces written one by one. */
  units: Uint8Array[];
  /** SSE streams are sent without content-length. */
  streaming: boolean;
}

/** Writes a scripted reply, including its delays and faults. Resolves once done (never ends for stalls). */
export async function sendReply(res: ServerResponse, spec: ReplySpec, context: ReplyContext): Promise<void> {
  const { signal } = context;
  if ((spec.delayMs ?? 0) > 0) await sleep(spec.delayMs, undefined, { signal }).catch(ignoreAbort);
  if (spec.fault === 'stall' || signal.aborted) return;
  if (spec.fault === 'reset') return context.destroy(true);

  const midBodyFault = spec.fault?.endsWith('-mid-body') === true;
  const encoded = encodeBody(spec, midBodyFault);
  const { contentType, streaming } = encoded;
  const units = spec.compress ? await compressUnits(encoded.units, spec.compress) : encoded.units;
  if (signal.aborted) return;
  res.statusCode = spec.status ?? 200;
  res.setHeader('x-request-id', context.requestId);
  res.setHeader('content-type', contentType);
  if (streaming) res.setHeader('cache-control', 'no-cache');
  if (spec.compress) res.setHeader('content-encoding', spec.compress);
  // a faulty body goes out chunked (no content-length), so the client can tell it was cut short
  if (!streaming && !midBodyFault && res.statusCode !== 204 && res.statusCode !== 304) {
    res.setHeader('content-length', totalLength(units));
  }
  for (const [name, value] of Object.entries(spec.headers ?? {})) res.setHeader(name, value);
  if (streaming || midBodyFault) res.flushHeaders();

  const count = midBodyFault
    ? clamp(spec.faultAfterChunks ?? Math.floor(units.length / 2), 0, units.length)
    : units.length;
  for (let i = 0; i < count; i++) {
    if (i > 0 && (spec.chunkDelayMs ?? 0) > 0) await sleep(spec.chunkDelayMs, undefined, { signal }).catch(ignoreAbort);
    if (signal.aborted) return;
    await write(res, units[i]!, signal);
  }
  if (signal.aborted || spec.fault === 'stall-mid-body') return;
  // The fault comes where the next chunk would have, so a client reads the chunks sent before it: a reset straight
  // after them could discard them unread.
  if (midBodyFault && count > 0 && (spec.chunkDelayMs ?? 0) > 0) {
    await sleep(spec.chunkDelayMs, undefined, { signal }).catch(ignoreAbort);
    if (signal.aborted) return;
  }
  if (spec.fault === 'close-mid-body' || spec.fault === 'reset-mid-body') {
    if (res.socket) await flushed(res.socket, signal);
    return context.destroy(spec.fault === 'reset-mid-body');
  }
  res.end();
}

function encodeBody(spec: ReplySpec, midBodyFault: boolean): EncodedBody {
  if (spec.sse) {
    const events = spec.sse.map((event) => Buffer.from(serializeSSE(event)));
    const units = spec.chunkSize ? split(Buffer.concat(events), spec.chunkSize) : events;
    return { contentType: 'text/event-stream; charset=utf-8', units, streaming: true };
  }
  let bytes: Uint8Array;
  let contentType: string;
  if (spec.json !== undefined) {
    bytes = Buffer.from(JSON.stringify(spec.json));
    contentType = 'application/json';
  } else {
    bytes = typeof spec.body === 'string' ? Buffer.from(spec.body) : (spec.body ?? new Uint8Array(0));
    contentType = 'text/plain; charset=utf-8';
  }
  if (spec.chunkSize) return { contentType, units: split(bytes, spec.chunkSize), streaming: false };
  // a faulty body without chunkSize is cut in half
  if (midBodyFault && bytes.byteLength > 1)
    return { contentType, units: split(bytes, Math.ceil(bytes.byteLength / 2)), streaming: false };
  return { contentType, units: bytes.byteLength > 0 ? [bytes] : [], streaming: false };
}

function split(bytes: Uint8Array, size: number): Uint8Array[] {
  size = Math.max(1, Math.floor(size));
  const chunks: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.byteLength; offset += size) chunks.push(bytes.subarray(offset, offset + size));
  return chunks;
}

function totalLength(units: Uint8Array[]): number {
  return units.reduce((sum, unit) => sum + unit.byteLength, 0);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Resolves when the chunk has been handed to the socket, so large bodies respect backpressure. */
function write(res: ServerResponse, chunk: Uint8Array, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      signal.removeEventListener('abort', done);
      resolve();
    };
    signal.addEventListener('abort', done, { once: true });
    res.write(chunk, done);
  });
}

/** Waits until everything written has left the socket's buffers, so destroying it loses nothing already sent. */
async function flushed(socket: Socket, signal: AbortSignal): Promise<void> {
  while (socket.writableLength > 0 && !socket.destroyed && !signal.aborted) {
    await sleep(1, undefined, { signal }).catch(ignoreAbort);
  }
}

/** `sleep` rejects with an AbortError when the reply is aborted; each caller checks `signal.aborted` right after. */
function ignoreAbort(error: unknown): void {
  if (!(error instanceof Error && error.name === 'AbortError')) throw error;
}
