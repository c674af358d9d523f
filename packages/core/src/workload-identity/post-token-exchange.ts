import { APIConnectionError, APITimeoutError } from '../errors/connection-errors.js';
import { OpenAIError } from '../errors/openai-error.js';
import { createResponseMeta } from '../meta/response-meta.js';
import { AttemptSignal } from '../transport/attempt-signal.js';
import type { Transport, TransportResponse } from '../transport/transport.js';
import { onAbort } from '../utils/on-abort.js';
import { type ExchangedToken, readTokenReply } from './read-token-reply.js';
import { tokenEndpointError } from './token-endpoint-error.js';

/** How long an exchange may take, unless told otherwise. */
export const DEFAULT_EXCHANGE_TIMEOUT_MS = 60_000;

/**
 * Posts a token exchange (RFC 8693) `body` to `url` through `transport` and reads the access token of the reply. When
 * `deadline` aborts first, it fails with its reason if that is an SDK error (a closed credential), else with an
 * `APITimeoutError` of `timeoutMs`. `secret`, when given, is scrubbed from an error body that echoes it; the access
 * token never appears in an error.
 */
export async function postTokenExchange(
  transport: Transport,
  url: string,
  body: Record<string, string>,
  deadline: AbortSignal,
  timeoutMs: number,
  secret = '',
): Promise<ExchangedToken> {
  const reason = () =>
    deadline.reason instanceof OpenAIError ? deadline.reason : new APITimeoutError('attempt', timeoutMs);
  // Too late already (the subject token took the whole time, or the credential was closed): nothing is sent.
  if (deadline.aborted) throw reason();
  const signal = new AttemptSignal();
  const stopWatching = onAbort(deadline, () => signal.abort(reason()));
  // The lifetime counts from before the request left, so the token is never thought valid for longer than it is.
  const sentAt = Date.now();
  let response: TransportResponse;
  let text: string;
  try {
    response = await transport({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal,
      // A redirect would carry the exchange wherever the server points (undici's request follows none anyway).
      fetchOptions: { redirect: 'manual' },
    });
    text = await response.text();
  } catch (thrown) {
    if (signal.aborted) throw signal.reason;
    throw new APIConnectionError(`Connection error during the token exchange: ${(thrown as Error)?.message}`, {
      cause: thrown,
    });
  } finally {
    stopWatching();
  }
  // Where the platform hides a redirect (browsers), it shows as status 0 instead of its own.
  if (response.status === 0) {
    throw new OpenAIError(
      'The token endpoint answered with a redirect, not followed so that the exchange goes nowhere else.',
    );
  }
  const meta = createResponseMeta(response.status, response.headers, 1);
  if (response.status >= 300) throw tokenEndpointError(meta, text, secret);
  return readTokenReply(text, meta, sentAt);
}
