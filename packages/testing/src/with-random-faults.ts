import { errorReply } from './error-reply.js';
import type { RecordedRequest } from './recorded-request.js';
import type { Fault, Reply, ReplySpec } from './reply.js';
import { seededRandom } from './seeded-random.js';
import { serializeSSE } from './sse.js';

/**
 * What `withRandomFaults` may do to a reply: any `Fault`, or
 * - `rate-limited`: a 429, asking to wait with `retry-after-ms`, `retry-after` in seconds or as a date, or not at all;
 * - `server-error`: a 500, 502 or 503;
 * - `html-page`: a 200 HTML page, as a proxy or a captive portal sends;
 * - `empty-body`: a 200 with nothing in it;
 * - `cut-body`: the body cut at a random byte, framed whole (its `content-length` says the cut length).
 */
export type RandomFault = Fault | 'rate-limited' | 'server-error' | 'html-page' | 'empty-body' | 'cut-body';

export const randomFaultKinds: readonly RandomFault[] = [
  'reset',
  'close-mid-body',
  'reset-mid-body',
  'end-mid-body',
  'stall',
  'stall-mid-body',
  'rate-limited',
  'server-error',
  'html-page',
  'empty-body',
  'cut-body',
];

export interface RandomFaultsOptions {
  seed: string | number;
  /** The share of requests that get a fault, from 0 to 1; 0.3 by default. */
  rate?: number;
  /** The faults to draw from, each as likely; every one by default. */
  faults?: readonly RandomFault[];
  /**
   * What names a request in the draw: a request with the same key gets the same fault (or none) in every run with
   * the same seed, in whatever order requests arrive. Arrival order by default.
   */
  key?: (request: RecordedRequest) => string;
  /** Told of each fault as it is injected. */
  onFault?: (fault: RandomFault, request: RecordedRequest) => void;
}

/**
 * A `key` for `withRandomFaults` that names each attempt of a call: `callOf(request)` (a header the client sends, say),
 * then the attempt's number, so a retry gets a draw of its own and every run the same ones.
 */
export function attemptKey(callOf: (request: RecordedRequest) => string): (request: RecordedRequest) => string {
  const attempts = new Map<string, number>();
  return (request) => {
    const call = callOf(request);
    const attempt = (attempts.get(call) ?? 0) + 1;
    attempts.set(call, attempt);
    return `${call}#${attempt}`;
  };
}

/** `reply`, with a fault drawn at random (from a fixed seed) for some of the requests. */
export function withRandomFaults(reply: Reply, options: RandomFaultsOptions): Reply {
  const rate = options.rate ?? 0.3;
  const faults = options.faults ?? randomFaultKinds;
  let arrivals = 0;
  return async (request) => {
    const spec = typeof reply === 'function' ? await reply(request) : reply;
    const random = seededRandom(`${options.seed}:${options.key?.(request) ?? arrivals++}`);
    if (random() >= rate) return spec;
    const fault = faults[Math.floor(random() * faults.length)]!;
    options.onFault?.(fault, request);
    return injectFault(spec, fault, random);
  };
}

const page = '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>\n';

function injectFault(spec: ReplySpec, fault: RandomFault, random: () => number): ReplySpec {
  switch (fault) {
    case 'rate-limited': {
      const waits: Record<string, string>[] = [
        { 'retry-after-ms': '10' },
        { 'retry-after': '0' },
        { 'retry-after': new Date(0).toUTCString() },
        {},
      ];
      const headers = waits[Math.floor(random() * waits.length)];
      return errorReply(429, 'Rate limit reached.', { code: 'rate_limit_exceeded', headers });
    }
    case 'server-error':
      return errorReply([500, 502, 503][Math.floor(random() * 3)]!, 'The server had an error.');
    case 'html-page':
      return { body: page, headers: { 'content-type': 'text/html' } };
    case 'empty-body':
      return { status: spec.status ?? 200, body: '', headers: { 'content-type': contentTypeOf(spec) } };
    case 'cut-body': {
      const bytes = bodyOf(spec);
      const cut = bytes.subarray(0, Math.floor(random() * bytes.byteLength));
      const { 'content-length': _length, ...headers } = spec.headers ?? {};
      return { ...withoutBody(spec), body: cut, headers: { 'content-type': contentTypeOf(spec), ...headers } };
    }
    default: {
      const size = bodyOf(spec).byteLength;
      // Chunks of a random size, so a mid-body fault cuts anywhere, an event or a character included.
      const chunkSize = Math.max(1, Math.floor(random() * Math.min(size, 512)));
      const chunks = Math.ceil(size / chunkSize);
      return { ...spec, fault, chunkSize, faultAfterChunks: Math.floor(random() * chunks) };
    }
  }
}

/** The bytes the reply's body would be. */
function bodyOf(spec: ReplySpec): Uint8Array {
  if (spec.sse) return Buffer.from(spec.sse.map(serializeSSE).join(''));
  if (spec.json !== undefined) return Buffer.from(JSON.stringify(spec.json));
  return typeof spec.body === 'string' ? Buffer.from(spec.body) : (spec.body ?? new Uint8Array(0));
}

function contentTypeOf(spec: ReplySpec): string {
  if (spec.sse) return 'text/event-stream; charset=utf-8';
  return spec.json !== undefined ? 'application/json' : 'text/plain; charset=utf-8';
}

function withoutBody(spec: ReplySpec): ReplySpec {
  const { sse: _sse, json: _json, body: _body, ...rest } = spec;
  return rest;
}
