import { parseDuration } from './parse-duration.js';

/** The `x-ratelimit-*` headers of a response, parsed. A field is null when the header is absent or unreadable. */
export interface RateLimit {
  limitRequests: number | null;
  limitTokens: number | null;
  remainingRequests: number | null;
  remainingTokens: number | null;
  /** Milliseconds until the request budget is fully restored. */
  resetRequestsMs: number | null;
  /** Milliseconds until the token budget is fully restored. */
  resetTokensMs: number | null;
}

function toNumber(text: string | undefined): number | null {
  if (text === undefined || text === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

export function parseRateLimit(headers: Record<string, string>): RateLimit {
  return {
    limitRequests: toNumber(headers['x-ratelimit-limit-requests']),
    limitTokens: toNumber(headers['x-ratelimit-limit-tokens']),
    remainingRequests: toNumber(headers['x-ratelimit-remaining-requests']),
    remainingTokens: toNumber(headers['x-ratelimit-remaining-tokens']),
    resetRequestsMs: parseDuration(headers['x-ratelimit-reset-requests']),
    resetTokensMs: parseDuration(headers['x-ratelimit-reset-tokens']),
  };
}
