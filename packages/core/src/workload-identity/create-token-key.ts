import { noop } from '../utils/noop.js';
import type { ExchangedToken } from './read-token-reply.js';

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
 * An `apiKey` provider of the access tokens `exchange` gives. A token is kept until its renewal is due
 * (`refreshBufferSeconds`, default 1200, before expiry, at most half its lifetime); from then, while it is still valid,
 * it keeps being given and one exchange runs in the background. Callers that need a token at the same time share one
 * exchange. A 401 to a token drops it (`invalidate`), so the call is sent again with a new one. Once `closed` aborts,
 * the token is forgotten and every call fails with its reason.
 */
export function createTokenKey(
  exchange: () => Promise<ExchangedToken>,
  refreshBufferSeconds = DEFAULT_REFRESH_BUFFER_SECONDS,
  closed?: AbortSignal,
): WorkloadIdentityKey {
  const bufferMs = refreshBufferSeconds * 1000;
  let cached: CachedToken | undefined;
  let inFlight: Promise<string> | undefined;
  closed?.addEventListener(
    'abort',
    () => {
      cached = undefined;
    },
    { once: true },
  );

  const remember = ({ accessToken, expiresAt, lifetimeMs }: ExchangedToken): string => {
    closed?.throwIfAborted();
    cached = { token: accessToken, expiresAt, refreshAt: expiresAt - Math.min(bufferMs, lifetimeMs / 2) };
    return accessToken;
  };
  const renew = (): Promise<string> => {
    if (inFlight) return inFlight;
    const promise = exchange()
      .then(remember)
      .finally(() => {
        if (inFlight === promise) inFlight = undefined;
      });
    inFlight = promise;
    return promise;
  };

  const cachedOrExchanged = async (): Promise<string> => {
    closed?.throwIfAborted();
    const now = Date.now();
    if (cached === undefined || now >= cached.expiresAt) return renew();
    // A failed renewal is no failure of this call, which still has a valid token; the next one tries again.
    if (now >= cached.refreshAt) renew().catch(noop);
    return cached.token;
  };
  return Object.assign(cachedOrExchanged, {
    invalidate: (rejectedKey: string) => {
      // Another call may already have replaced the token the API refused; that newer one stays.
      if (cached?.token === rejectedKey) cached = undefined;
    },
  });
}
