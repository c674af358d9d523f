import type { ResponseMeta } from '../meta/response-meta.js';
import { OpenAIError } from './openai-error.js';

/**
 * A successful reply that cannot be read as the operation's result: an empty body, or one that is not JSON (an HTML
 * page from a proxy, a truncated body), where JSON was due; or a body that is not an event stream where one was due.
 * Not retried: the server may have done the work already. `excerpt` is the start of the body, scrubbed of the
 * credentials sent.
 */
export class InvalidResponseError extends OpenAIError {
  static override readonly kind: string = 'InvalidResponseError';

  constructor(
    readonly meta: ResponseMeta,
    readonly excerpt: string,
    expected: string,
  ) {
    super(`The ${meta.status} reply (request ${meta.requestId}) is no ${expected}: ${excerpt || 'empty'}`);
  }
}
