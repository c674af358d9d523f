import { APIConnectionError, APITimeoutError } from '../errors/connection-errors.js';
import { OpenAIError } from '../errors/openai-error.js';
import { createResponseMeta } from '../meta/response-meta.js';
import { askSubjectToken } from './ask-subject-token.js';
import { type ExchangedToken, readTokenReply } from './read-token-reply.js';
import { tokenEndpointError } from './token-endpoint-error.js';
import type { TokenExchangeOptions, WorkloadIdentity } from './workload-identity-options.js';

const DEFAULT_TOKEN_URL = 'https://auth.openai.com/oauth/token';
const DEFAULT_EXCHANGE_TIMEOUT_MS = 60_000;

const subjectTokenTypes = {
  jwt: 'urn:ietf:params:oauth:token-type:jwt',
  id: 'urn:ietf:params:oauth:token-type:id_token',
} as const;

/**
 * Asks the provider for a subject token and exchanges it at the token endpoint (RFC 8693) for an OpenAI access token.
 * Neither token appears in an error.
 */
export async function exchangeToken(
  identity: WorkloadIdentity,
  options: TokenExchangeOptions = {},
): Promise<ExchangedToken> {
  const timeoutMs = options.timeout ?? DEFAULT_EXCHANGE_TIMEOUT_MS;
  // One deadline for the provider and the request both: an exchange that never ends would hold every caller sharing it.
  const deadline = AbortSignal.timeout(timeoutMs);
  const subjectToken = await askSubjectToken(identity.provider, deadline, timeoutMs);
  const body: Record<string, string> = {
    grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
    subject_token: subjectToken,
    subject_token_type: subjectTokenTypes[identity.provider.tokenType],
    identity_provider_id: identity.identityProviderId,
    service_account_id: identity.serviceAccountId,
  };
  if (identity.clientId) body.client_id = identity.clientId;

  // The lifetime counts from before the request left, so the token is never thought valid for longer than it is.
  const sentAt = Date.now();
  let response: Response;
  let text: string;
  try {
    response = await (options.fetch ?? globalThis.fetch)(identity.tokenURL ?? DEFAULT_TOKEN_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      // A redirect would carry the subject token wherever the server points.
      redirect: 'manual',
      signal: deadline,
    });
    text = await response.text();
  } catch (thrown) {
    if ((thrown as Error)?.name === 'TimeoutError') throw new APITimeoutError('attempt', timeoutMs);
    throw new APIConnectionError(`Connection error during the token exchange: ${(thrown as Error)?.message}`, {
      cause: thrown,
    });
  }
  // Where the platform hides a redirect (browsers), it shows as this instead of its status.
  if (response.type === 'opaqueredirect') {
    throw new OpenAIError(
      'The token endpoint answered with a redirect, not followed so that the subject token goes nowhere else.',
    );
  }

  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const meta = createResponseMeta(response.status, headers, 1);
  if (response.status >= 300) throw tokenEndpointError(meta, text, subjectToken);
  return readTokenReply(text, meta, sentAt);
}
