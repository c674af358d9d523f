import { OpenAIError } from '../errors/openai-error.js';
import type { ResponseMeta } from '../meta/response-meta.js';

/**
 * The token endpoint answered 2xx with no usable token: its body is no JSON object, its `access_token` is missing,
 * empty or not sendable in a header, or its `expires_in` is not a positive number of seconds. The body is never
 * quoted, since it may hold a token.
 */
export class InvalidTokenReplyError extends OpenAIError {
  static override readonly kind: string = 'InvalidTokenReplyError';

  constructor(
    readonly meta: ResponseMeta,
    /** The field that is wrong, or `body` when the reply is no JSON object. */
    readonly field: 'body' | 'access_token' | 'expires_in',
    problem: string,
  ) {
    super(
      `The token exchange reply (request ${meta.requestId}) is unusable: ${field === 'body' ? '' : `\`${field}\` `}${problem}.`,
    );
  }
}
