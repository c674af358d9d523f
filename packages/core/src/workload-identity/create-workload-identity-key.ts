import { createTokenKey, type WorkloadIdentityKey } from './create-token-key.js';
import { exchangeToken } from './exchange-token.js';
import type { TokenExchangeOptions, WorkloadIdentity } from './workload-identity-options.js';

export type { WorkloadIdentityKey } from './create-token-key.js';

/**
 * An `apiKey` provider that gives OpenAI access tokens exchanged for the workload's identity. The token is kept until
 * its renewal is due (`refreshBufferSeconds` before expiry, at most half its lifetime); from then, while it is still
 * valid, it keeps being given and one exchange runs in the background. Callers that need a token at the same time
 * share one exchange. A 401 to a token drops it (`invalidate`), so the call is sent again with a new one.
 */
export function createWorkloadIdentityKey(
  identity: WorkloadIdentity,
  options: TokenExchangeOptions = {},
): WorkloadIdentityKey {
  return createTokenKey(() => exchangeToken(identity, options), identity.refreshBufferSeconds);
}
