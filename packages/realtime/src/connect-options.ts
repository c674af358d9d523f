import { type FunctionTool, type HeadersLike, InvalidInputError } from '@org/core';
import { checkMaxSteps } from '@org/core/internal';
import type { RealtimeSessionInput } from './realtime-session-input.js';
import type { RealtimeWebSocketConstructor } from './realtime-web-socket.js';
import { type RealtimeReconnectOptions, type ReconnectPolicy, resolveReconnectPolicy } from './reconnect-policy.js';

export interface RealtimeConnectOptions {
  /**
   * The model of a new session (`gpt-realtime`). At most one of `model`, `deployment`, `callId` or `intent`; none
   * leaves it to the client: an Azure client (`createAzureClient`) connects to its own deployment.
   */
  model?: string;
  /** Azure: a deployment other than the client's; the GA endpoint (`…/openai/v1/realtime`) takes it as its `model`. */
  deployment?: string;
  /** An existing call, WebRTC or SIP, to follow and steer over this socket (a sideband connection). */
  callId?: string;
  /** A transcription-only session, configured by its `session` (`type: 'transcription'`). */
  intent?: 'transcription';
  /**
   * The session configuration, sent as a `session.update` as soon as the socket opens, and again after every
   * reconnection together with every later update.
   */
  session?: RealtimeSessionInput;
  /**
   * Functions the model may call (`defineTool`, or `zodTool` from `@org/realtime/zod`), added to the session's tools.
   * Their calls are answered whenever a response asks for them: the outputs go back as items, and a response follows.
   */
  tools?: readonly FunctionTool[];
  /** The most responses one turn makes while its tools answer function calls; 10 by default. */
  maxSteps?: number;
  /** Query parameters of the socket's URL, over the client's default query (`api-version`). */
  query?: Record<string, unknown>;
  /** Headers of the handshake, over the client's (sent only where headers can be: see `auth`). */
  headers?: HeadersLike;
  /**
   * A WebSocket constructor for anything the default does not cover. By default: `ws` in Node when it is installed,
   * else Node's own `WebSocket` (22 and later); the platform's `WebSocket` in browsers, workers, Deno and Bun.
   */
  WebSocket?: RealtimeWebSocketConstructor;
  /**
   * How the key travels. `header`: `Authorization` (or Azure's `api-key`) and every header of the client, the default
   * in Node. `subprotocol`: the key as the subprotocol `openai-insecure-api-key.<key>`, the only way a browser can send
   * it, the default in browsers, workers, Deno and Bun and with an injected constructor; other headers are dropped.
   */
  auth?: 'header' | 'subprotocol';
  /** Send a key that is not an ephemeral client secret (`ek_…`) from a page, where every visitor can read it. */
  dangerouslyAllowBrowser?: boolean;
  /**
   * Reconnect a dropped socket, with backoff, and restore the session; off by default. What was in flight (responses,
   * unconfirmed items) is lost and reported by the `reconnect` event; a new session starts with an empty conversation,
   * unless the connection follows a call (`callId`).
   */
  reconnect?: boolean | RealtimeReconnectOptions;
  /**
   * The most bytes that may wait to go out (the socket's `bufferedAmount` and the events queued while it is not open);
   * a send past it throws `RealtimeSendBufferFullError`. Default 4 MiB.
   */
  maxBufferedBytes?: number;
  /**
   * Milliseconds to wait for the server: for the socket to open, for a confirmation (`session.updated`, an item), and
   * for the next event of a response. Default 60 000.
   */
  timeout?: number;
  /** Closes the connection when aborted; what waits rejects with `APIUserAbortError`. */
  signal?: AbortSignal;
}

/** Options checked and filled with defaults. */
export interface RealtimeConnectSettings {
  query: Record<string, unknown>;
  headers: HeadersLike | undefined;
  session: RealtimeSessionInput | undefined;
  tools: readonly FunctionTool[];
  maxSteps: number;
  WebSocket: RealtimeWebSocketConstructor | undefined;
  auth: 'header' | 'subprotocol' | undefined;
  dangerouslyAllowBrowser: boolean;
  reconnect: ReconnectPolicy | undefined;
  /** Whether the connection follows a call, whose session outlives a socket. */
  followsCall: boolean;
  maxBufferedBytes: number;
  timeout: number;
  signal: AbortSignal | undefined;
}

const knownOptions = new Set([
  'model',
  'deployment',
  'callId',
  'intent',
  'session',
  'tools',
  'maxSteps',
  'query',
  'headers',
  'WebSocket',
  'auth',
  'dangerouslyAllowBrowser',
  'reconnect',
  'maxBufferedBytes',
  'timeout',
  'signal',
]);

/** Checks the options of `connectRealtime`, throwing an `InvalidInputError` that names the first one wrong. */
export function resolveConnectOptions(options: RealtimeConnectOptions = {}): RealtimeConnectSettings {
  if (typeof options !== 'object' || options === null) throw new InvalidInputError('options', 'expected an object');
  for (const name in options) {
    if (!knownOptions.has(name)) throw new InvalidInputError(`options.${name}`, 'not an option of connectRealtime');
  }
  const targets = (['model', 'deployment', 'callId', 'intent'] as const).filter((name) => options[name] !== undefined);
  if (targets.length > 1) {
    throw new InvalidInputError(
      'options',
      `expected one of model, deployment, callId or intent, got ${targets.length}`,
    );
  }
  const target = targets[0];
  const value = target === undefined ? undefined : options[target];
  if (target !== undefined && (typeof value !== 'string' || value === '')) {
    throw new InvalidInputError(`options.${target}`, 'expected a non-empty string');
  }
  if (target === 'intent' && value !== 'transcription') {
    throw new InvalidInputError('options.intent', "expected 'transcription'");
  }
  const tools = options.tools ?? [];
  if (!Array.isArray(tools) || tools.some((tool) => typeof tool?.name !== 'string' || typeof tool.run !== 'function')) {
    throw new InvalidInputError('options.tools', 'expected tools made with defineTool or zodTool');
  }
  const { auth, WebSocket, signal } = options;
  if (auth !== undefined && auth !== 'header' && auth !== 'subprotocol') {
    throw new InvalidInputError('options.auth', "expected 'header' or 'subprotocol'");
  }
  if (WebSocket !== undefined && typeof WebSocket !== 'function') {
    throw new InvalidInputError('options.WebSocket', 'expected a WebSocket constructor');
  }
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new InvalidInputError('options.signal', 'expected an AbortSignal');
  }
  return {
    query:
      target === undefined
        ? { ...options.query }
        : { ...options.query, [target === 'deployment' ? 'model' : target === 'callId' ? 'call_id' : target]: value },
    headers: options.headers,
    session: options.session,
    tools,
    maxSteps: checkMaxSteps(options.maxSteps),
    WebSocket,
    auth,
    dangerouslyAllowBrowser: options.dangerouslyAllowBrowser === true,
    reconnect: resolveReconnectPolicy(options.reconnect),
    followsCall: target === 'callId',
    maxBufferedBytes: positive('maxBufferedBytes', options.maxBufferedBytes, 4 * 1024 * 1024),
    timeout: positive('timeout', options.timeout, 60_000),
    signal,
  };
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
    throw new InvalidInputError(`options.${name}`, 'expected a positive number');
  }
  return value;
}
