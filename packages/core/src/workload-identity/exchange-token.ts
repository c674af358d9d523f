import { createAPIError } from '../errors/api-error.js';
import { APIConnectionError, APITimeoutError } from '../errors/connection-errors.js';
import { OpenAIError } from '../errors/openai-error.js';
import { parseErrorBody } from '../errors/parse-error-body.js';
import { redactor } from '../logging/redactor.js';
import { createResponseMeta, type ResponseMeta } from '../meta/response-meta.js';
import { hasUnsafeText } from '../request/has-unsafe-text.js';
import { InvalidTokenReplyError } from './invalid-token-reply-error.js';
import { OAuthError, type OAuthErrorBody } from './oauth-error.js';
import { SubjectTokenProviderError } from './subject-token-provider-error.js';
import type { TokenExchangeOptions, WorkloadIdentity } from './workload-identity-options.js';

export const DEFAULT_TOKEN_URL = 'https://auth.openai.com/oauth/token';
const DEFAULT_EXCHANGE_TIMEOUT_MS = 60_000;
const DEFAULT_EXPIRES_IN_SECONDS = 3600;

const subjectTokenTypes = {
  jwt: 'urn:ietf:params:oauth:token-type:jwt',
  id: 'urn:ietf:params:oauth:token-type:id_token',
} as const;

/** An OpenAI access token and the moment it stops being valid (ms since the epoch). */
export interface ExchangedToken {
  accessToken: string;
  expiresAt: number;
  lifetimeMs: number;
}

/**
 * Asks the provider for a subject token and exchanges it at the token endpoint (RFC 8693) for an OpenAI access token.
 * Neither token appears in an error: the reply's text is scrubbed of both before it is kept.
 */
export async function exchangeToken(
  identity: WorkloadIdentity,
  options: TokenExchangeOptions = {},
): Promise<ExchangedToken> {
  const timeoutMs = options.timeout ?? DEFAULT_EXCHANGE_TIMEOUT_MS;
  // One deadline for the provider and the request both: an exchange that never ends would hold every caller sharing it.
  const deadline = AbortSignal.timeout(timeoutMs);
  const subjectToken = await beforeDeadline(askSubjectToken(identity), deadline, timeoutMs);
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
  if (response.status >= 300) {
    const scrubbed = redactor({ 'subject-token': subjectToken })(text);
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      throw new OAuthError(meta, parseOAuthBody(scrubbed));
    }
    throw createAPIError(meta, parseErrorBody(scrubbed));
  }
  return readTokenReply(text, meta, sentAt);
}

function beforeDeadline<T>(promise: Promise<T>, deadline: AbortSignal, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timedOut = () =>
      reject(
        new SubjectTokenProviderError(`The workload identity provider gave no token within ${timeoutMs} ms.`, 'custom'),
      );
    deadline.addEventListener('abort', timedOut, { once: true });
    promise.then(resolve, reject).finally(() => deadline.removeEventListener('abort', timedOut));
  });
}

async function askSubjectToken(identity: WorkloadIdentity): Promise<string> {
  let token: unknown;
  try {
    token = await identity.provider.getToken();
  } catch (thrown) {
    if (thrown instanceof OpenAIError) throw thrown;
    throw new SubjectTokenProviderError('The workload identity provider failed to give a subject token.', 'custom', {
      cause: thrown,
    });
  }
  if (typeof token !== 'string' || token.trim() === '') {
    throw new SubjectTokenProviderError(
      'The workload identity provider gave no subject token (expected a non-empty string).',
      'custom',
    );
  }
  return token;
}

function parseOAuthBody(text: string): OAuthErrorBody | string | undefined {
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as OAuthErrorBody;
  } catch {
    // Not JSON: kept as text.
  }
  return text;
}

function readTokenReply(text: string, meta: ResponseMeta, sentAt: number): ExchangedToken {
  let reply: unknown;
  try {
    reply = JSON.parse(text);
  } catch {
    // Reported below without quoting the text.
  }
  if (typeof reply !== 'object' || reply === null || Array.isArray(reply)) {
    throw new InvalidTokenReplyError(meta, 'body', 'it is no JSON object');
  }
  const { access_token: accessToken, expires_in: expiresIn = DEFAULT_EXPIRES_IN_SECONDS } = reply as Record<
    string,
    unknown
  >;
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
