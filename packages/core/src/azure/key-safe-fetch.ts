import { OpenAIError } from '../errors/openai-error.js';
import type { FetchLike } from '../transport/fetch-like.js';

/**
 * `fetch` that does not follow redirects, for a client that sends its key in `api-key`: fetch drops `authorization` on
 * a redirect to another origin, but would send `api-key` wherever the server points. A redirect then fails the call as
 * one does through Node's default transport (an `APIError` of its status), or, where the platform hides it (browsers),
 * as an `OpenAIError` that says so.
 */
export function keySafeFetch(fetchImpl: FetchLike): FetchLike {
  return async (url, init) => {
    // An upload already goes with `redirect: 'error'`, which lets fetch drop its bytes as they are sent: kept.
    const response = await fetchImpl(url, { ...init, redirect: init.redirect === 'error' ? 'error' : 'manual' });
    if (response.type === 'opaqueredirect') {
      throw new OpenAIError(
        'Azure OpenAI answered with a redirect, not followed so that its api-key goes nowhere else.',
      );
    }
    return response;
  };
}
