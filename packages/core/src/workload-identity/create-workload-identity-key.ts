import { noop } from '../utils/noop.js';
import { exchangeToken } from './exchange-token.js';
import type { ExchangedToken } from './read-token-reply.js';
import type { TokenExchangeOptions, WorkloadIdentity } from './workload-identity-options.js';

const DEFAULT_REFRESH_BUFFER_SECONDS = 1200;

/** An `apiKey` provider of workload access tokens (an `ApiKeyProvider` of core's client options). */
export interface WorkloadIdentityKey {
  (): Promise<string>;
  /** Drops `rejectedKey` if it is still the cached token, so the next call exchanges for a new one. */
  invalidate(rejectedKey: string): void;
}

interface CachedToken {
  token: string;
  expiresAt: number;
  refreshAt: number;
}

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
  const bufferMs = (identity.refreshBufferSeconds ?? DEFAULT_REFRESH_BUFFER_SECONDS) * 1000;
  let cached: CachedToken | undefined;
  let inFlight: Promise<string> | undefined;

  const remember = ({ accessToken, expiresAt, lifetimeMs }: ExchangedToken): string => {
    cached = { token: accessToken, expiresAt, refreshAt: expiresAt - Math.min(bufferMs, lifetimeMs / 2) };
    return accessToken;
  };
  const exchange = (): Promise<string> => {
    if (inFlight) return inFlight;
    const promise = exchangeToken(identity, options)
      .then(remember)
      .finally(() => {
        if (inFlight === promise) inFlight = undefined;
      });
    inFlight = promise;
    return promise;
  };

  const cachedOrExchanged = async (): Promise<string> => {
    const now = Date.now();
    if (cached === undefined || now >= cached.expiresAt) return exchange();
    // A failed renewal is no failure of this call, which still has a valid token; the next one tries again.
    if (now >= cached.refreshAt) exchange().catch(noop);
    return cached.token;
  };
  return Object.assign(cachedOrExchanged, {
    invalidate: (rejectedKey: string) => {
      // Another call may already have replaced the token the API refused; that newer one stays.
      if (cached?.token === rejectedKey) cached = undefined;
    },
  });
}
