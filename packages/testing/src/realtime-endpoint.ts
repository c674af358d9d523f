import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { ConditionWaiter } from './condition-waiter.js';
import { defaultRealtimeReply, sessionCreated } from './realtime-default-reply.js';
import { realtimeId } from './realtime-id.js';
import { event } from './realtime-response.js';
import type { RealtimeConnectReply, RealtimeRefusal, RealtimeReply, RealtimeStep } from './realtime-step.js';
import { RealtimeStepRunner } from './realtime-step-runner.js';
import type { RecordedRealtimeConnection, RecordedRealtimeEvent } from './recorded-realtime-connection.js';
import { parseRequestTarget } from './request-target.js';

/** The realtime WebSocket endpoint of a test server: `ws://127.0.0.1:PORT/v1/realtime`, any path ending in `/realtime`. */
export interface RealtimeEndpoint {
  /** `ws://127.0.0.1:PORT/v1/realtime`. */
  readonly url: string;
  /** Every connection, accepted or refused, in arrival order. */
  readonly connections: RecordedRealtimeConnection[];
  /** Every client event of every connection, in arrival order. */
  readonly events: RecordedRealtimeEvent[];
  /** Realtime sockets open now. */
  readonly openSockets: number;
  /**
   * Scripts what a new connection gets once open (a `session.created` by default), or a refusal of its upgrade.
   * Successive connections take successive replies; the last one repeats.
   */
  onConnect(...replies: RealtimeConnectReply[]): void;
  /**
   * Scripts the reply to a client event `type` (`'*'`: any type without a script of its own). Successive events of
   * that type take successive replies; the last one repeats. Replaces an earlier script for the type.
   */
  on(type: string, ...replies: RealtimeReply[]): void;
  /** Plays steps on the latest open connection now (a `rate_limits.updated`, a drop), after what it is playing. */
  send(...steps: RealtimeStep[]): void;
  /** Resolves once `count` client events have arrived in all (default timeout 5000 ms). */
  waitForEvents(count: number, timeoutMs?: number): Promise<void>;
  /** Resolves when exactly `count` realtime sockets are open. */
  waitForOpenSockets(count: number, timeoutMs?: number): Promise<void>;
  /** Clears scripts and recordings; open sockets stay open. */
  reset(): void;
}

const DEFAULT_WAIT_MS = 5000;

interface Script<Reply> {
  replies: Reply[];
  used: number;
}

function nextReply<Reply>(script: Script<Reply>): Reply | undefined {
  return script.replies[Math.min(script.used++, script.replies.length - 1)];
}

function isRefusal(reply: unknown): reply is RealtimeRefusal {
  return typeof reply === 'object' && reply !== null && 'reject' in reply;
}

/** The endpoint behind `TestServer.realtime`: the HTTP server hands it every upgrade request. */
export class RealtimeTestEndpoint implements RealtimeEndpoint {
  readonly connections: RecordedRealtimeConnection[] = [];
  readonly events: RecordedRealtimeEvent[] = [];
  readonly #httpURL: () => string;
  readonly #server = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    // A browser fails the connection unless the server picks one of the subprotocols it offered.
    handleProtocols: (offered) => (offered.has('realtime') ? 'realtime' : ([...offered][0] ?? false)),
  });
  readonly #runners = new Map<WebSocket, RealtimeStepRunner>();
  readonly #changes = new ConditionWaiter();
  #onConnect: Script<RealtimeConnectReply> = { replies: [], used: 0 };
  readonly #scripts = new Map<string, Script<RealtimeReply>>();

  constructor(httpURL: () => string) {
    this.#httpURL = httpURL;
  }

  get url(): string {
    return `${this.#httpURL().replace(/^http/, 'ws')}/v1/realtime`;
  }

  get openSockets(): number {
    return this.#runners.size;
  }

  onConnect(...replies: RealtimeConnectReply[]): void {
    this.#onConnect = { replies, used: 0 };
  }

  on(type: string, ...replies: RealtimeReply[]): void {
    this.#scripts.set(type, { replies, used: 0 });
  }

  send(...steps: RealtimeStep[]): void {
    const latest = [...this.#runners.values()].at(-1);
    if (!latest) throw new Error('No realtime connection is open to send to.');
    latest.play(steps);
  }

  waitForEvents(count: number, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    return this.#changes.wait(
      () => this.events.length >= count,
      timeoutMs,
      () =>
        `Timed out after ${timeoutMs}ms waiting for ${count} realtime client events (${this.events.length} arrived)`,
    );
  }

  waitForOpenSockets(count: number, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    return this.#changes.wait(
      () => this.#runners.size === count,
      timeoutMs,
      () => `Timed out after ${timeoutMs}ms waiting for ${count} open realtime sockets (${this.#runners.size} open)`,
    );
  }

  reset(): void {
    this.connections.length = 0;
    this.events.length = 0;
    this.#onConnect = { replies: [], used: 0 };
    this.#scripts.clear();
  }

  /** Takes an upgrade request: refuses it (wrong path, scripted refusal) or opens a scripted connection. */
  async upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on('error', () => {});
    const { path, query } = parseRequestTarget(request.url ?? '/');
    const connection: RecordedRealtimeConnection = {
      index: this.connections.length,
      handshake: {
        path,
        query,
        headers: Object.fromEntries(
          Object.entries(request.headersDistinct).map(([name, values]) => [name, (values ?? []).join(', ')]),
        ),
        protocols: (request.headers['sec-websocket-protocol'] ?? '')
          .split(',')
          .map((protocol) => protocol.trim())
          .filter(Boolean),
      },
      events: [],
      session: {
        type: 'realtime',
        object: 'realtime.session',
        id: realtimeId('sess'),
        model: query.get('model') ?? 'gpt-realtime',
        output_modalities: ['audio'],
      },
      closed: false,
    };
    this.connections.push(connection);
    this.#changes.notify();
    if (!/\/realtime$/.test(path)) {
      refuse(socket, { reject: 404, message: `No realtime endpoint at ${path}`, code: 'route_not_found' });
      connection.refusedWith = 404;
      connection.closed = true;
      return;
    }
    const scripted = nextReply(this.#onConnect);
    let reply: RealtimeStep[] | RealtimeRefusal;
    try {
      reply = typeof scripted === 'function' ? await scripted(connection) : (scripted ?? [sessionCreated(connection)]);
    } catch (error) {
      reply = { reject: 500, message: `Connect reply threw: ${(error as Error).message}`, code: 'reply_failed' };
    }
    if (isRefusal(reply)) {
      refuse(socket, reply);
      connection.refusedWith = reply.reject;
      connection.closed = true;
      return;
    }
    const steps = reply;
    this.#server.handleUpgrade(request, socket, head, (ws) => this.#accept(ws, connection, steps));
  }

  /** Closes every realtime socket. */
  close(): void {
    for (const socket of this.#runners.keys()) socket.terminate();
    this.#server.close();
  }

  #accept(ws: WebSocket, connection: RecordedRealtimeConnection, steps: RealtimeStep[]): void {
    const runner = new RealtimeStepRunner(ws);
    this.#runners.set(ws, runner);
    ws.on('error', () => {});
    ws.on('close', (code, reason) => {
      runner.stop();
      this.#runners.delete(ws);
      connection.closed = true;
      connection.closeCode = code;
      connection.closeReason = reason.toString();
      this.#changes.notify();
    });
    ws.on('message', (data, isBinary) => this.#receive(runner, connection, data.toString(), isBinary));
    this.#changes.notify();
    runner.play(steps);
  }

  #receive(runner: RealtimeStepRunner, connection: RecordedRealtimeConnection, text: string, isBinary: boolean): void {
    let parsed: unknown;
    try {
      parsed = isBinary ? undefined : JSON.parse(text);
    } catch {}
    const valid =
      typeof parsed === 'object' && parsed !== null && typeof (parsed as { type?: unknown }).type === 'string';
    const received = (valid ? parsed : { type: '(invalid)', raw: text }) as RecordedRealtimeEvent;
    connection.events.push(received);
    this.events.push(received);
    if (received.type === 'session.update' && typeof received.session === 'object' && received.session !== null) {
      connection.session = { ...connection.session, ...received.session };
    }
    this.#changes.notify();
    if (!valid) {
      runner.play([serverError(received, 'invalid_json', 'The event is not a JSON object with a string `type`.')]);
      return;
    }
    void this.#reply(runner, connection, received);
  }

  async #reply(
    runner: RealtimeStepRunner,
    connection: RecordedRealtimeConnection,
    received: RecordedRealtimeEvent,
  ): Promise<void> {
    const script = this.#scripts.get(received.type) ?? this.#scripts.get('*');
    const scripted = script && nextReply(script);
    let steps: RealtimeStep[] | undefined;
    try {
      if (typeof scripted === 'function') steps = await scripted(received, connection);
      else if (scripted) steps = scripted;
      else if (received.type === 'response.cancel') {
        steps = runner.cancel(received.response_id)
          ? []
          : [serverError(received, 'response_cancel_not_active', 'There is no active response to cancel.')];
      } else steps = await defaultRealtimeReply(received, connection);
    } catch (error) {
      steps = [serverError(received, 'reply_failed', `Reply function threw: ${(error as Error).message}`)];
    }
    runner.play(steps ?? [serverError(received, 'unscripted_event', `No script for ${received.type}.`)]);
  }
}

function serverError(received: RecordedRealtimeEvent, code: string, message: string): RealtimeStep {
  return event('error', {
    error: { type: 'invalid_request_error', code, message, param: null, event_id: received.event_id ?? null },
  });
}

function refuse(socket: Duplex, refusal: RealtimeRefusal): void {
  const body = JSON.stringify({
    error: { message: refusal.message ?? 'Refused', type: 'invalid_request_error', code: refusal.code ?? null },
  });
  socket.end(
    `HTTP/1.1 ${refusal.reject} Refused\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nx-request-id: ${realtimeId('req')}\r\nconnection: close\r\n\r\n${body}`,
  );
}
