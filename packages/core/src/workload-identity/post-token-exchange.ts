import { APIConnectionError, APITimeoutError } from '../errors/connection-errors.js';
import { OpenAIError } from '../errors/openai-error.js';
import { createResponseMeta } from '../meta/response-meta.js';
import type { FetchLike } from '../transport/fetch-like.js';
import { type ExchangedToken, readTokenReply } from './read-token-reply.js';
import { tokenEndpointError } from './token-endpoint-error.js';

/** How long an exchange may take, unless told otherwise. */
export const DEFAULT_EXCHANGE_TIMEOUT_MS = 60_000;

/**
 * Posts a token exchange (RFC 8693) `body` to `url` with `fetch` and reads the access token of the reply. When
 * `deadline` aborts first, it fails with its reason if that is an SDK error (a closed credential), else with an
 * `APITimeoutError` of `timeoutMs`. `secret`, when given, is scrubbed from an error body that echoes it; the access
 * token never appears in an error.
 */
export async function postTokenExchange(
  fetch: FetchLike,
  url: string,
  body: Record<string, string>,
  deadline: AbortSignal,
  timeoutMs: number,
  secret = '',
): Promise<ExchangedToken> {
  // The lifetime counts from before the request left, so the token is never thought valid for longer than it is.
  const sentAt = Date.now();
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      // A redirect would carry the exchange wherever the server points.
      redirect: 'manual',
      signal: deadline,
    });
    text = await response.text();
  } catch (thrown) {
    if (deadline.aborted) {
      throw deadline.reason instanceof OpenAIError ? deadline.reason : new APITimeoutError('attempt', timeoutMs);
    }
    throw new APIConnectionError(`Connection error during the token exchange: ${(thrown as Error)?.message}`, {
      cause: thrown,
    });
  }
  // Where the platform hides a redirect (browsers), it shows as this instead of its status.
  if (response.type === 'opaqueredirect') {
    throw new OpenAIError(
      'The token endpoint answered with a redirect, not followed so that the exchange goes nowhere else.',
    );
  }

  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const meta = createResponseMeta(response.status, headers, 1);
  if (response.status >= 300) throw tokenEndpointError(meta, text, secret);
  return readTokenReply(text, meta, sentAt);
}
