import type { Hooks } from '../hooks/hooks.js';
import type { Logger, LogLevel } from '../logging/logger.js';
import type { HeadersLike } from '../request/header-entries.js';
import type { FetchOptions } from '../request/request-options.js';
import type { FetchLike } from '../transport/fetch-like.js';
import type { Provider } from './provider.js';

/** A function called before each attempt that returns the key to send (rotating keys, Entra or workload tokens). */
export interface ApiKeyProvider {
  (): string | Promise<string>;
  /**
   * Called when the API answers 401 to a key this provider gave: the provider drops that key, and the call is sent
   * once more with the key it gives next (unless its body was a stream, which cannot be sent twice).
   */
  invalidate?(rejectedKey: string): void;
}

/** A credential, or a function called before each attempt that returns one. */
export type ApiKeySource = string | ApiKeyProvider;

export interface ClientOptions {
  /**
   * A third-party host of the API (Amazon Bedrock, Google Vertex) that sets the endpoint and signs or authorizes each
   * attempt: `bedrock()` from `@org/core/providers/bedrock`. Not taken with `apiKey` or `baseURL`; with one,
   * `OPENAI_API_KEY`, `OPENAI_BASE_URL`, `OPENAI_ORG_ID` and `OPENAI_PROJECT_ID` are not read.
   */
  provider?: Provider | undefined;
  /** Defaults to `OPENAI_API_KEY`. */
  apiKey?: ApiKeySource | undefined;
  /** Defaults to `OPENAI_BASE_URL`, then `https://api.openai.com/v1`. */
  baseURL?: string | undefined;
  /** Sent as `OpenAI-Organization`; defaults to `OPENAI_ORG_ID`. */
  organization?: string | null | undefined;
  /** Sent as `OpenAI-Project`; defaults to `OPENAI_PROJECT_ID`. */
  project?: string | null | undefined;
  defaultHeaders?: HeadersLike | undefined;
  defaultQuery?: Record<string, unknown> | undefined;
  /** Milliseconds one attempt may take; default 600 000 (10 minutes). */
  timeout?: number | undefined;
  /** Milliseconds a whole call may take, retries and stream included; default none. */
  totalTimeout?: number | undefined;
  /** Milliseconds a stream or binary body may keep the reader waiting for its next chunk; default the attempt `timeout`. */
  idleTimeout?: number | undefined;
  /** Retries after the first attempt; default 2. */
  maxRetries?: number | undefined;
  /** Longest `retry-after` the client will wait, in ms; a longer one surfaces the error instead. Default 60 000. */
  maxRetryAfter?: number | undefined;
  /**
   * Take a stream whose body ends after a whole event as whole, even without its end marker (`[DONE]`, a terminal
   * event): for a compatible server that never sends one. By default such a stream raises `StreamTruncatedError`.
   */
  lenientStreamEnd?: boolean | undefined;
  /** A fetch to send requests with instead of the default transport. */
  fetch?: FetchLike | undefined;
  /** An undici `Dispatcher` (agent, proxy, mock) for the Node transport. */
  dispatcher?: unknown;
  /**
   * `fetch` init fields for every call, under a call's own `fetchOptions` (as the official option): all of them reach
   * a `fetch`; Node's default transport, undici's request API, takes only `dispatcher`.
   */
  fetchOptions?: FetchOptions | undefined;
  hooks?: Hooks | undefined;
  /** Defaults to `OPENAI_LOG`, then `warn`. */
  logLevel?: LogLevel | undefined;
  /** Where log lines go; default `console`. */
  logger?: Logger | undefined;
  /**
   * More names of headers and query parameters whose values are credentials, besides those always taken for one
   * (`authorization`, `api-key`, `cookie`, and any name with `auth`, `key`, `token`, `secret`, `session`, `sig`, …):
   * their values are masked in logs and scrubbed from anything a server sends back.
   */
  redact?: readonly string[] | undefined;
  /** Allow a long-lived secret key in a browser, where every visitor can read it. */
  dangerouslyAllowBrowser?: boolean | undefined;
}
