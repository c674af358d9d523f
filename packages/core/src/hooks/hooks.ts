import type { OpenAIError } from '../errors/openai-error.js';
import type { ResponseMeta } from '../meta/response-meta.js';

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
  beforeRequest?(request: HookRequest): void | Promise<void>;
  afterResponse?(request: HookRequest, meta: ResponseMeta): void | Promise<void>;
  onRetry?(retry: { request: HookRequest; error: OpenAIError; delayMs: number; nextAttempt: number }): void;
  onError?(error: OpenAIError): void;
}
