import type { ResponseMeta } from '../meta/response-meta.js';
import { hasUnsafeText } from '../request/has-unsafe-text.js';
import { InvalidTokenReplyError } from './invalid-token-reply-error.js';

const DEFAULT_EXPIRES_IN_SECONDS = 3600;

/** An OpenAI access token, when it stops being valid (ms since the epoch) and how long it was valid for. */
export interface ExchangedToken {
  accessToken: string;
  expiresAt: number;
  lifetimeMs: number;
}

/**
 * The access token of a successful exchange's body, valid `expires_in` seconds (default 3600) from `sentAt`; an
 * unusable body is an `InvalidTokenReplyError` naming the field, never quoting it.
 */
export function readTokenReply(text: string, meta: ResponseMeta, sentAt: number): ExchangedToken {
  let reply: unknown;
  try {
    reply = JSON.parse(text);
  } catch {
    // Reported below without quoting the text.
  }
  if (typeof reply !== 'object' || reply === null || Array.isArray(reply)) {
    throw new InvalidTokenReplyError(meta, 'body', 'it is no JSON object');
  }
  const fields = reply as { access_token?: unknown; expires_in?: unknown };
  const { access_token: accessToken, expires_in: expiresIn = DEFAULT_EXPIRES_IN_SECONDS } = fields;
  if (typeof accessToken !== 'string' || accessToken.trim() === '') {
    throw new InvalidTokenReplyError(meta, 'access_token', 'is missing or empty');
  }
  if (hasUnsafeText(accessToken) || accessToken !== accessToken.trim()) {
    throw new InvalidTokenReplyError(meta, 'access_token', 'holds characters a header cannot carry');
  }
  if (typeof expiresIn !== 'number' || !Number.isFinite(expiresIn) || expiresIn <= 0) {
    throw new InvalidTokenReplyError(meta, 'expires_in', 'is not a positive number of seconds');
  }
  const lifetimeMs = expiresIn * 1000;
  return { accessToken, expiresAt: sentAt + lifetimeMs, lifetimeMs };
}
