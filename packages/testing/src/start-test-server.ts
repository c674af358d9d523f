import { randomBytes } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTLSServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { ConditionWaiter } from './condition-waiter.js';
import { errorReply } from './error-reply.js';
import { type RealtimeEndpoint, RealtimeTestEndpoint } from './realtime-endpoint.js';
import { type RecordedRequest, RequestRecording } from './recorded-request.js';
import type { Reply, ReplySpec } from './reply.js';
import { RouteTable } from './route-table.js';
import { sendReply } from './send-reply.js';

export interface TestServerOptions {
  /** Port to listen on; default 0 (a random free port). */
  port?: number;
  /**
   * Serve HTTPS with this certificate (its names must include `127.0.0.1`, as `createTestCertificates()` gives);
   * with `requestCert`, only clients whose certificate `ca` signed get through the TLS handshake (mutual TLS).
   */
  tls?: TestServerTLSOptions;
}

export interface TestServerTLSOptions {
  /** The server's certificate chain, PEM. */
  cert: string;
  /** Its private key, PEM. */
  key: string;
  /** The authorities trusted for client certificates, PEM; default Node's. */
  ca?: string | string[];
  /** Ask every client for a certificate and refuse the handshake of one without a valid one. */
  requestCert?: boolean;
}

/** A local OpenAI-compatible HTTP server with scripted replies. */
export interface TestServer {
  /** `http://127.0.0.1:PORT` (`https:` with `tls`), no trailing slash. */
  readonly url: string;
  /** `${url}/v1`, the baseURL for an SDK client. */
  readonly baseURL: string;
  readonly port: number;
  /** Every request received, in arrival order. */
  readonly requests: RecordedRequest[];
  /** Sockets currently open (realtime WebSockets included). */
  readonly openConnections: number;
  /** The realtime WebSocket endpoint on the same port (`ws://127.0.0.1:PORT/v1/realtime`), scriptable like routes. */
  readonly realtime: RealtimeEndpoint;
  /**
   * Scripts `method` + `path` (matched after stripping a leading `/v1`). One reply answers every request;
   * several answer successive requests and the last one repeats. Replaces an earlier route with the same key.
   */
  on(method: string, path: string | RegExp, ...replies: Reply[]): void;
  /** Clears routes, realtime scripts and recordings. */
  reset(): void;
  lastRequest(): RecordedRequest | undefined;
  /** Resolves once `count` requests have arrived and their bodies were fully read (or their connection closed). */
  waitForRequests(count: number, timeoutMs?: number): Promise<void>;
  /** Resolves when exactly `count` sockets are open; rejects after `timeoutMs` (default 5000). */
  waitForConnections(count: number, timeoutMs?: number): Promise<void>;
  /**
   * Resolves when the response to request `index` (default: the latest one; negative counts from the end)
   * has closed, either finished or because the client went away. Waits for the request if it has not arrived.
   */
  waitForRequestClosed(index?: number, timeoutMs?: number): Promise<void>;
  /** Destroys every socket and stops listening. Idempotent. */
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

// Generous, since a loaded CI machine can take a while to notice a closed socket.
const DEFAULT_WAIT_MS = 5000;

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const server = new HttpTestServer(options.tls);
  await server.listen(options.port ?? 0);
  return server;
}

/** How long clients may keep an idle connection, as a Node server says it by default (what clients are used to). */
const IDLE_HINT = 'timeout=5';

class HttpTestServer implements TestServer {
  readonly requests: RecordedRequest[] = [];
  readonly realtime = new RealtimeTestEndpoint(() => this.url);
  port = 0;
  readonly #server: Server;
  readonly #routes = new RouteTable();
  readonly #sockets = new Set<Socket>();
  /** Sockets the server destroyed itself (faults, close()), so their requests do not count as client aborts. */
  readonly #destroyedByServer = new WeakSet<Socket>();
  readonly #received = new WeakSet<RecordedRequest>();
  readonly #closed = new WeakSet<RecordedRequest>();
  readonly #changes = new ConditionWaiter();
  readonly #shutdown = new AbortController();
  readonly #scheme: 'http' | 'https';
  #closing: Promise<void> | undefined;

  constructor(tls?: TestServerTLSOptions) {
    const handle = (req: IncomingMessage, res: ServerResponse) => this.#handle(req, res);
    this.#scheme = tls ? 'https' : 'http';
    this.#server = tls
      ? createTLSServer({ ...tls, rejectUnauthorized: tls.requestCert === true }, handle)
      : createServer(handle);
    // Idle connections are kept far longer than each reply tells clients (IDLE_HINT), so the client always lets go
    // first: a server that closes first races the client's next request on it (ECONNRESET), and a loaded machine,
    // where a client may read a reply seconds after it was written, makes that likely.
    this.#server.keepAliveTimeout = 30_000;
    // the default 5 minute limit would cut off very large uploads
    this.#server.requestTimeout = 0;
    // For HTTPS too: the TCP socket, tracked from before its handshake, so close() ends refused handshakes as well.
    this.#server.on('connection', (socket) => this.#track(socket));
    this.#server.on('upgrade', (req, socket, head) => void this.realtime.upgrade(req, socket, head));
    // Every open exchange listens to it; a test with many concurrent requests is not a leak.
    setMaxListeners(0, this.#shutdown.signal);
    const asyncDispose: symbol | undefined = Symbol.asyncDispose;
    if (typeof asyncDispose === 'symbol') Object.defineProperty(this, asyncDispose, { value: () => this.close() });
  }

  get url(): string {
    return `${this.#scheme}://127.0.0.1:${this.port}`;
  }

  get baseURL(): string {
    return `${this.url}/v1`;
  }

  get openConnections(): number {
    return this.#sockets.size;
  }

  declare [Symbol.asyncDispose]: () => Promise<void>;

  listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(port, '127.0.0.1', () => {
        this.#server.off('error', reject);
        this.port = (this.#server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  on(method: string, path: string | RegExp, ...replies: Reply[]): void {
    this.#routes.add(method, path, replies);
  }

  reset(): void {
    this.#routes.clear();
    this.requests.length = 0;
    this.realtime.reset();
  }

  lastRequest(): RecordedRequest | undefined {
    return this.requests.at(-1);
  }

  waitForRequests(count: number, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    return this.#changes.wait(
      () =>
        this.requests.length >= count &&
        this.requests.slice(0, count).every((r) => this.#received.has(r) || this.#closed.has(r)),
      timeoutMs,
      () => `Timed out after ${timeoutMs}ms waiting for ${count} requests (${this.requests.length} arrived)`,
    );
  }

  waitForConnections(count: number, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    return this.#changes.wait(
      () => this.#sockets.size === count,
      timeoutMs,
      () => `Timed out after ${timeoutMs}ms waiting for ${count} open connections (${this.#sockets.size} open)`,
    );
  }

  waitForRequestClosed(index?: number, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    const length = this.requests.length;
    const position = index === undefined ? Math.max(0, length - 1) : index < 0 ? length + index : index;
    return this.#changes.wait(
      () => {
        const request = this.requests[position];
        return request !== undefined && this.#closed.has(request);
      },
      timeoutMs,
      () => `Timed out after ${timeoutMs}ms waiting for request ${position} to close`,
    );
  }

  close(): Promise<void> {
    this.#closing ??= new Promise<void>((resolve) => {
      this.#shutdown.abort();
      this.realtime.close();
      const socketsClosed = [...this.#sockets].map((socket) => {
        this.#destroyedByServer.add(socket);
        return new Promise((done) => socket.once('close', done).destroy());
      });
      const serverClosed = new Promise((done) => this.#server.close(done));
      void Promise.all([serverClosed, ...socketsClosed]).then(() => resolve());
    });
    return this.#closing;
  }

  #track(socket: Socket): void {
    socket.setNoDelay(true);
    this.#sockets.add(socket);
    socket.once('close', () => {
      this.#sockets.delete(socket);
      this.#changes.notify();
    });
    this.#changes.notify();
  }

  #handle(req: IncomingMessage, res: ServerResponse): void {
    res.setHeader('keep-alive', IDLE_HINT);
    const socket = req.socket;
    const recording = new RequestRecording(req);
    const request = recording.request;
    this.requests.push(request);
    const match = this.#routes.match(request.method, request.routePath);
    if (match) request.params = match.params;
    const reply =
      match?.reply ??
      errorReply(404, `No route for ${request.method} ${request.routePath}`, { code: 'route_not_found' });

    const exchange = new AbortController();
    const abort = () => exchange.abort();
    this.#shutdown.signal.addEventListener('abort', abort, { once: true });
    res.once('close', () => {
      this.#shutdown.signal.removeEventListener('abort', abort);
      exchange.abort();
      if (!res.writableFinished && !this.#destroyedByServer.has(socket)) request.aborted = true;
      recording.finish();
      this.#closed.add(request);
      this.#changes.notify();
    });
    // a client going away surfaces as 'close' above; the errors themselves need no handling
    res.on('error', () => {});
    req.on('error', () => {});
    req.on('data', (chunk: Buffer) => recording.write(chunk));
    req.once('end', () => {
      recording.finish();
      this.#received.add(request);
      this.#changes.notify();
      void this.#respond(request, reply, res, exchange.signal);
    });
    this.#changes.notify();
  }

  async #respond(request: RecordedRequest, reply: Reply, res: ServerResponse, signal: AbortSignal): Promise<void> {
    let spec: ReplySpec;
    try {
      spec = typeof reply === 'function' ? await reply(request) : reply;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      spec = errorReply(500, `Reply function threw: ${message}`, { code: 'reply_failed' });
    }
    const socket = res.socket;
    try {
      await sendReply(res, spec, {
        requestId: `req_${randomBytes(16).toString('hex')}`,
        signal,
        destroy: (reset) => {
          if (!socket) return;
          this.#destroyedByServer.add(socket);
          if (reset) socket.resetAndDestroy();
          else socket.destroy();
        },
      });
    } catch {
      res.destroy();
    }
  }
}
