// `openai/auth/x509-transport` (Node only): the X.509 certificate credential of workload identity federation.
import {
  createX509Credential,
  type X509Credential,
  type X509CredentialOptions,
} from '@org/core/workload-identity-x509';

export {
  CredentialClosedError,
  type X509Credential,
  type X509CredentialOptions,
  type X509CredentialProxyOptions,
} from '@org/core/workload-identity-x509';

/** The connection to a CONNECT proxy, as the official type names it (`direct` is no proxy at all). */
export type X509ProxyMode = 'direct' | 'http-connect' | 'https-connect';

/**
 * A certificate credential for `new OpenAI({ credential })`: its mutual TLS agent presents `certificateChain` both to
 * the token endpoint, which exchanges it for short-lived access tokens (cached, renewed before they expire), and to
 * the API at `https://mtls.api.openai.com/v1`. Every option is checked now, with a `ConfigError` naming the wrong one.
 * `await credential.close()` when done: calls from then on fail with `CredentialClosedError`.
 */
export function fromX509(options: X509CredentialOptions): X509Credential {
  return createX509Credential(options);
}

/** `workloadIdentity.fromX509(…)`, as the official package spells it. */
export const workloadIdentity: Readonly<{ fromX509: typeof fromX509 }> = Object.freeze({ fromX509 });
