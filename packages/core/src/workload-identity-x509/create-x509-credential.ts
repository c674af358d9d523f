import type { Dispatcher } from 'undici';
import type { ClientOptions } from '../client/client-options.js';
import { createUndiciTransport } from '../transport/create-undici-transport.js';
import { createTokenKey } from '../workload-identity/create-token-key.js';
import { CredentialClosedError } from '../workload-identity/credential-closed-error.js';
import { applyX509Credential, type X509Credential } from '../workload-identity/x509-credential.js';
import { checkX509CredentialOptions } from './check-x509-credential-options.js';
import { createX509Dispatcher } from './create-x509-dispatcher.js';
import { credentialClientOptions } from './credential-client-options.js';
import { exchangeX509Token } from './exchange-x509-token.js';
import { transportFetch } from './transport-fetch.js';
import type { X509CredentialOptions } from './x509-credential-options.js';

const DEFAULT_TOKEN_URL = 'https://mtls.auth.openai.com/oauth/token';
const DEFAULT_BASE_URL = 'https://mtls.api.openai.com/v1';

/**
 * A credential for X.509 workload identity federation, as the official `workloadIdentity.fromX509()`: one mutual TLS
 * agent presenting the client certificate carries both the token exchanges (at `https://mtls.auth.openai.com`) and the
 * API calls (to `https://mtls.api.openai.com/v1`). Its access tokens are cached and renewed before they expire, one
 * exchange shared by the calls that need it. Give it to a client with `withX509Credential(options, credential)` (the
 * umbrella's `credential` option); `close()` it when done. Node only. Every option is checked now: a `ConfigError`
 * names the wrong one.
 */
export function createX509Credential(options: X509CredentialOptions): X509Credential {
  const tls = checkX509CredentialOptions(options);
  const dispatcher = createX509Dispatcher(tls, options.proxy);
  return new OwnedX509Credential(dispatcher, options);
}

class OwnedX509Credential implements X509Credential {
  readonly #dispatcher: Dispatcher;
  readonly #closed = new AbortController();
  #closing: Promise<void> | undefined;

  constructor(dispatcher: Dispatcher, options: X509CredentialOptions) {
    this.#dispatcher = dispatcher;
    const { identityProviderId, serviceAccountId } = options;
    const fetch = transportFetch(createUndiciTransport(dispatcher));
    const tokenURL = options.tokenURL ?? DEFAULT_TOKEN_URL;
    const closed = this.#closed.signal;
    const apiKey = createTokenKey(
      () => exchangeX509Token(fetch, tokenURL, { identityProviderId, serviceAccountId }, closed),
      options.refreshBufferSeconds,
      closed,
    );
    const parts = { apiKey, dispatcher, baseURL: (options.baseURL ?? DEFAULT_BASE_URL).replace(/\/+$/, '') };
    // Not enumerable: logging the credential shows none of it.
    Object.defineProperty(this, applyX509Credential, {
      value: (clientOptions: ClientOptions) => credentialClientOptions(clientOptions, parts),
    });
    const asyncDispose: symbol | undefined = Symbol.asyncDispose;
    if (typeof asyncDispose === 'symbol') Object.defineProperty(this, asyncDispose, { value: () => this.close() });
    Object.freeze(this);
  }

  close(): Promise<void> {
    if (!this.#closing) {
      this.#closed.abort(new CredentialClosedError());
      this.#closing = this.#dispatcher.close();
    }
    return this.#closing;
  }
}
