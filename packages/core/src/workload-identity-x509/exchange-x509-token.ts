import { APIConnectionError, APITimeoutError } from '../errors/connection-errors.js';
import type { FetchLike } from '../transport/fetch-like.js';
import { DEFAULT_EXCHANGE_TIMEOUT_MS, postTokenExchange } from '../workload-identity/post-token-exchange.js';
import type { ExchangedToken } from '../workload-identity/read-token-reply.js';

/** What the exchange names: the enrolled identity provider and the service account, no subject token. */
export interface X509Identity {
  identityProviderId: string;
  serviceAccountId: string;
}

/**
 * Exchanges the certificate for an OpenAI access token: a token exchange (RFC 8693) whose subject is the client
 * certificate the TLS handshake presented (`fetch` goes through the credential's agent). Fails with the reason of
 * `closed` once it aborts, and with an `APITimeoutError` after 60 s. A connection refused in a way that points at the
 * certificate says so.
 */
export async function exchangeX509Token(
  fetch: FetchLike,
  tokenURL: string,
  identity: X509Identity,
  closed: AbortSignal,
): Promise<ExchangedToken> {
  const deadline = AbortSignal.any([closed, AbortSignal.timeout(DEFAULT_EXCHANGE_TIMEOUT_MS)]);
  const body = {
    grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
    subject_token_type: 'urn:openai:params:oauth:token-type:x509',
    identity_provider_id: identity.identityProviderId,
    service_account_id: identity.serviceAccountId,
  };
  try {
    return await postTokenExchange(fetch, tokenURL, body, deadline, DEFAULT_EXCHANGE_TIMEOUT_MS);
  } catch (error) {
    const hint = error instanceof APIConnectionError && !(error instanceof APITimeoutError) && tlsHint(error.cause);
    if (hint) throw new APIConnectionError(`${error.message}. ${hint}`, { cause: error.cause });
    throw error;
  }
}

/** Server certificates a private authority signed fail to verify with these. */
const untrustedServer = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);

/** What to check when the TLS connection failed the way a refused client certificate or an unknown server one makes. */
function tlsHint(cause: unknown): string | undefined {
  const { code, message, socket } = (cause ?? {}) as {
    code?: string;
    message?: string;
    socket?: { bytesRead?: number };
  };
  if (code && untrustedServer.has(code)) {
    return "The server's certificate is not trusted: pass the authority that signed it as `ca`.";
  }
  // A TLS alert from the server (`certificate required`, `unknown ca`, …), or, as Node's own servers do, the
  // connection closed right after the handshake without a byte of reply.
  const alert = code?.startsWith('ERR_SSL_') && /alert/i.test(message ?? '');
  if (alert || (code === 'UND_ERR_SOCKET' && socket?.bytesRead === 0)) {
    return 'The server closed the TLS connection without a reply, as one does that refuses the client certificate: check that `certificateChain` is the certificate enrolled for `identityProviderId`, followed by its intermediates.';
  }
  return undefined;
}
