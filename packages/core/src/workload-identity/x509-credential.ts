import type { ClientOptions } from '../client/client-options.js';

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

/**
 * Where a credential keeps the function that gives a client's options its parts. A registered symbol, so a credential
 * from another copy of core works too; a function of the credential's own, so that everything it takes stays in the
 * Node-only module that makes it, and no browser bundle carries any of it.
 */
export const applyX509Credential: unique symbol = Symbol.for('@org/core.apply-x509-credential');

/** What `applyX509Credential` keys: the client's options, with the credential in them. */
export type ApplyX509Credential = (options: ClientOptions) => ClientOptions;
