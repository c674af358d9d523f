import { askSubjectToken } from './ask-subject-token.js';
import { DEFAULT_EXCHANGE_TIMEOUT_MS, postTokenExchange } from './post-token-exchange.js';
import type { ExchangedToken } from './read-token-reply.js';
import type { TokenExchangeOptions, WorkloadIdentity } from './workload-identity-options.js';

const DEFAULT_TOKEN_URL = 'https://auth.openai.com/oauth/token';

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
  const url = identity.tokenURL ?? DEFAULT_TOKEN_URL;
  return postTokenExchange(options.fetch ?? globalThis.fetch, url, body, deadline, timeoutMs, subjectToken);
}
