/** A CONNECT proxy for the credential's connections, as the official `proxy` option of `fromX509()`. */
export interface X509CredentialProxyOptions {
  /**
   * The proxy, `http://host:port` or `https://host:port` as `mode` says, with no path; `user:password@` in it is sent
   * as `Proxy-Authorization: Basic`. The TLS with the API runs inside the tunnel, so the proxy never sees the
   * certificate's key or the tokens.
   */
  url: string | URL;
  /** `http-connect`: a plain connection to the proxy; `https-connect`: a TLS one, verified. */
  mode: 'http-connect' | 'https-connect';
  /** Authorities trusted for an `https-connect` proxy's certificate, PEM; never for the API's. */
  ca?: string | string[] | undefined;
}

/** A workload's X.509 client certificate and the OpenAI identity it is enrolled for, as the official `fromX509()`. */
export interface X509CredentialOptions {
  /** The client certificate, PEM, followed by the intermediate certificates the server needs to verify it. */
  certificateChain: string;
  /** The certificate's private key, PEM (PKCS#8, PKCS#1 or SEC1; encrypted with `passphrase`). */
  privateKey: string;
  /** The OpenAI identity provider the certificate is enrolled with (`idp-…`). */
  identityProviderId: string;
  /** The OpenAI service account the verified certificate acts as (`sa-…`). */
  serviceAccountId: string;
  /** Authorities trusted for the token endpoint's and the API's certificates, PEM; default Node's. */
  ca?: string | string[] | undefined;
  /** Decrypts an encrypted `privateKey`. */
  passphrase?: string | undefined;
  /** A CONNECT proxy to reach the API through; none by default (`HTTPS_PROXY` is not read for this credential). */
  proxy?: X509CredentialProxyOptions | undefined;
  /**
   * How long before its expiry the access token is renewed, in seconds; default 1200, and never more than half its
   * lifetime. While the cached token is still valid, it keeps being used and the renewal runs in the background.
   */
  refreshBufferSeconds?: number | undefined;
  /** The token endpoint; default `https://mtls.auth.openai.com/oauth/token`. Another `https:` one for tests. */
  tokenURL?: string | undefined;
  /**
   * The API the credential's clients call; default `https://mtls.api.openai.com/v1`, the one origin the official
   * package allows. Another `https:` one for tests; a client's `baseURL` must keep its origin.
   */
  baseURL?: string | undefined;
}
