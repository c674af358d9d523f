import type { ApiKeyProvider } from '../client/client-options.js';

/**
 * A certificate credential from `createX509Credential()` (`fromX509()` in `@org/openai/auth/x509-transport`): it owns
 * the mutual TLS connections and the access tokens exchanged for its certificate, until `close()`.
 */
export interface X509Credential {
  /**
   * Stops the credential: its token is forgotten, an exchange under way is abandoned, calls from now on fail with
   * `CredentialClosedError`, and its connections close once the requests already sent are answered. Resolves then.
   */
  close(): Promise<void>;
}

/** What a client takes from a credential: its key provider, its mutual TLS agent and where its API is. */
export interface X509CredentialParts {
  apiKey: ApiKeyProvider;
  dispatcher: unknown;
  baseURL: string;
}

/** Where a credential keeps its parts: a registered symbol, so a credential from another copy of core works too. */
export const x509CredentialParts: unique symbol = Symbol.for('@org/core.x509-credential');

/** The parts of a credential `createX509Credential()` made; undefined for anything else. */
export function partsOfX509Credential(credential: unknown): X509CredentialParts | undefined {
  return (credential as { [x509CredentialParts]?: X509CredentialParts } | null | undefined)?.[x509CredentialParts];
}
