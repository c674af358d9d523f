import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { multipartBoundary } from './multipart-parser.js';
import { type MultipartPart, MultipartRecorder } from './multipart-part.js';
import { parseRequestTarget } from './request-target.js';

/** How much of a request body is kept in `body`; the rest is only counted. */
export const MAX_RECORDED_BODY_BYTES = 1024 * 1024;

/** A request as the server received it. */
export interface RecordedRequest {
  /** Uppercase. */
  method: string;
  /** Raw path as received (percent-encoding preserved), without the query, with `/v1` if it was sent. */
  path: string;
  /** `path` without its leading `/v1`; this is what routes are matched against. */
  routePath: string;
  /** The request-target exactly as received. */
  rawUrl: string;
  query: URLSearchParams;
  /** Lowercased names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  /** `{name}` segments or RegExp named groups of the matched route, percent-decoded. */
  params: Record<string, string>;
  /** The first 1 MiB of the body. */
  body: Uint8Array;
  /** True when `body` holds only the first 1 MiB. */
  bodyTruncated: boolean;
  /** Total body bytes received so far. */
  bodySize: number;
  text(): string;
  json(): unknown;
  /** Present for multipart/form-data requests; parts are appended as they complete. */
  parts?: MultipartPart[];
  /** True if the client closed the connection before the server finished replying. */
  aborted: boolean;
  /** The certificate the client presented in the TLS handshake (a server with `tls.requestCert`); else undefined. */
  clientCertificate: ClientCertificate | undefined;
}

/** What a test asserts of a client certificate: whose it is, and which one exactly. */
export interface ClientCertificate {
  /** The subject's common name (`CN`). */
  commonName: string | undefined;
  /** SHA-256 of the certificate, as `AA:BB:…`. */
  fingerprint256: string;
}

/** Records a request as its body streams in, holding at most the first 1 MiB. */
export class RequestRecording {
  readonly request: RecordedRequest;
  readonly #chunks: Buffer[] = [];
  #kept = 0;
  readonly #multipart: MultipartRecorder | undefined;

  constructor(incoming: IncomingMessage) {
    const rawUrl = incoming.url ?? '/';
    const { path, routePath, query } = parseRequestTarget(rawUrl);
    const request: RecordedRequest = {
      method: (incoming.method ?? 'GET').toUpperCase(),
      path,
      routePath,
      rawUrl,
      query,
      headers: joinHeaders(incoming),
      params: {},
      body: new Uint8Array(0),
      bodyTruncated: false,
      bodySize: 0,
      text: () => Buffer.from(request.body.buffer, request.body.byteOffset, request.body.byteLength).toString('utf8'),
      json: () => JSON.parse(request.text()),
      aborted: false,
      clientCertificate: clientCertificateOf(incoming),
    };
    const contentType = request.headers['content-type'];
    if (contentType && /^multipart\/form-data\b/i.test(contentType)) {
      request.parts = [];
      const boundary = multipartBoundary(contentType);
      if (boundary) this.#multipart = new MultipartRecorder(boundary, request.parts);
    }
    this.request = request;
  }

  write(chunk: Buffer): void {
    this.request.bodySize += chunk.byteLength;
    this.#multipart?.write(chunk);
    if (this.#kept >= MAX_RECORDED_BODY_BYTES) {
      this.request.bodyTruncated = true;
      return;
    }
    const room = MAX_RECORDED_BODY_BYTES - this.#kept;
    if (chunk.byteLength > room) this.request.bodyTruncated = true;
    const kept = chunk.byteLength > room ? Buffer.from(chunk.subarray(0, room)) : chunk;
    this.#chunks.push(kept);
    this.#kept += kept.byteLength;
  }

  /** Publishes the kept bytes as `body`; called when the body has ended or the client went away. */
  finish(): void {
    const body = new Uint8Array(this.#kept);
    let offset = 0;
    for (const chunk of this.#chunks) {
      body.set(chunk, offset);
      offset += chunk.byteLength;
    }
    this.request.body = body;
  }
}

function joinHeaders(incoming: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(incoming.headersDistinct)) {
    if (values) headers[name] = values.join(', ');
  }
  return headers;
}

function clientCertificateOf(incoming: IncomingMessage): ClientCertificate | undefined {
  const socket = incoming.socket as Partial<TLSSocket>;
  // An empty object when the client sent none; a plain HTTP socket has no such method.
  const peer = socket.getPeerCertificate?.();
  if (!peer?.fingerprint256) return undefined;
  const commonName = peer.subject?.CN;
  return { commonName: Array.isArray(commonName) ? commonName[0] : commonName, fingerprint256: peer.fingerprint256 };
}
