import type { ClientOptions } from '../client/client-options.js';
import { ConfigError } from '../errors/config-error.js';
import { createWorkloadIdentityKey } from './create-workload-identity-key.js';
import type { WorkloadIdentity } from './workload-identity-options.js';

/**
 * Client options that authenticate with `identity` instead of an API key: `apiKey` becomes a workload identity key
 * provider, whose exchanges go through the client's `fetch` when it has one. Without an identity, the options as they
 * are (`null` too, as the official client takes it). An `apiKey` given too is refused; one in `OPENAI_API_KEY` is not needed and not used.
 */
export function withWorkloadIdentity(
  options: ClientOptions,
  identity: WorkloadIdentity | null | undefined,
): ClientOptions {
  if (identity === undefined || identity === null) return options;
  checkWorkloadIdentity(identity);
  if (options.apiKey !== undefined) {
    throw new ConfigError('workloadIdentity', '`apiKey` and `workloadIdentity` are mutually exclusive; give one');
  }
  return { ...options, apiKey: createWorkloadIdentityKey(identity, { fetch: options.fetch }) };
}

function checkWorkloadIdentity(identity: WorkloadIdentity): void {
  if (typeof identity !== 'object' || identity === null) {
    throw new ConfigError('workloadIdentity', 'expected an object');
  }
  for (const name of ['identityProviderId', 'serviceAccountId'] as const) {
    const value: unknown = identity[name];
    if (typeof value !== 'string' || value === '') {
      throw new ConfigError(`workloadIdentity.${name}`, 'expected a non-empty string');
    }
  }
  if (identity.clientId !== undefined && typeof identity.clientId !== 'string') {
    throw new ConfigError('workloadIdentity.clientId', 'expected a string');
  }
  const { provider, refreshBufferSeconds, tokenURL } = identity;
  if (typeof provider !== 'object' || provider === null || typeof provider.getToken !== 'function') {
    throw new ConfigError(
      'workloadIdentity.provider',
      'expected { tokenType, getToken }, as k8sServiceAccountTokenProvider() gives',
    );
  }
  if (provider.tokenType !== 'jwt' && provider.tokenType !== 'id') {
    throw new ConfigError('workloadIdentity.provider.tokenType', "expected 'jwt' or 'id'");
  }
  if (
    refreshBufferSeconds !== undefined &&
    (typeof refreshBufferSeconds !== 'number' || !Number.isFinite(refreshBufferSeconds) || refreshBufferSeconds < 0)
  ) {
    throw new ConfigError('workloadIdentity.refreshBufferSeconds', 'expected a number of seconds, 0 or more');
  }
  if (
    tokenURL !== undefined &&
    (typeof tokenURL !== 'string' || !/^https?:\/\//.test(tokenURL) || !URL.canParse(tokenURL))
  ) {
    throw new ConfigError('workloadIdentity.tokenURL', 'expected an absolute http(s) URL');
  }
}
