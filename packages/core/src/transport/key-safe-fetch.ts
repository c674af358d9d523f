import { OpenAIError } from '../errors/openai-error.js';
import type { FetchLike } from './fetch-like.js';

/**
 * `fetch` that does not follow redirects, for a client whose credentials travel in other headers than
 * `authorization` (Azure's `api-key`, SigV4's `x-amz-security-token`): fetch drops `authorization` on a redirect to
 * another origin, but would send the others wherever the server points. A redirect then fails the call as
 * one does through Node's default transport (an `APIError` of its status), or, where the platform hides it (browsers),
 * as an `OpenAIError` that says so.
 */
export function keySafeFetch(fetchImpl: FetchLike, server: string): FetchLike {
  return async (url, init) => {
    // An upload already goes with `redirect: 'error'`, which lets fetch drop its bytes as they are sent: kept.
    const response = await fetchImpl(url, { ...init, redirect: init.redirect === 'error' ? 'error' : 'manual' });
    if (response.type === 'opaqueredirect') {
      throw new OpenAIError(
        `${server} answered with a redirect, not followed so that its credentials go nowhere else.`,
      );
    }
    return response;
  };
}
