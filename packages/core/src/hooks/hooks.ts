import type { OpenAIError } from '../errors/openai-error.js';
import type { ResponseMeta } from '../meta/response-meta.js';
import type { TransportBody } from '../transport/transport.js';

/** One attempt as it is about to be sent. `beforeRequest` may change `headers` and `url`. */
export interface HookRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** 0 for the first attempt, 1 for the first retry, and so on. */
  attempt: number;
}

/** A few precise points to observe or adjust calls; each may be async except `onRetry` and `onError`. */
export interface Hooks {
  /**
   * Before each attempt, retries included. `body` is what will be sent, for a hook that signs it (a provider's runs
   * last); a one-shot stream (an `AsyncIterable`) read here would be lost to the send.
   */
  beforeRequest?(request: HookRequest, body?: TransportBody): void | Promise<void>;
  afterResponse?(request: HookRequest, meta: ResponseMeta): void | Promise<void>;
  onRetry?(retry: { request: HookRequest; error: OpenAIError; delayMs: number; nextAttempt: number }): void;
  onError?(error: OpenAIError): void;
}
