import type { FetchLike } from '../transport/fetch-like.js';

/** Gives the external identity token (the subject token) that is exchanged for an OpenAI access token. */
export interface SubjectTokenProvider {
  /** `jwt` for a signed JWT (Kubernetes, Azure managed identity), `id` for an OpenID Connect ID token (GCP). */
  tokenType: 'jwt' | 'id';
  /** Returns a fresh subject token; called for every exchange, so a rotated token is picked up. */
  getToken: () => Promise<string>;
}

/** Federation of an external workload identity into an OpenAI service account, as the official `workloadIdentity`. */
export interface WorkloadIdentity {
  /** The OpenAI identity provider that trusts the external workload (`idp-…`). */
  identityProviderId: string;
  /** The OpenAI service account the verified identity acts as (`sa-…`). */
  serviceAccountId: string;
  /** Where the subject token comes from: `k8sServiceAccountTokenProvider()` and the like, or your own. */
  provider: SubjectTokenProvider;
  /** Sent as `client_id` in the exchange, when given. */
  clientId?: string | undefined;
  /**
   * How long before its expiry the access token is renewed, in seconds; default 1200, and never more than half its
   * lifetime. While the cached token is still valid, it keeps being used and the renewal runs in the background.
   */
  refreshBufferSeconds?: number | undefined;
  /** The token endpoint; default `https://auth.openai.com/oauth/token` (another one for tests or a gateway). */
  tokenURL?: string | undefined;
}

/** How the exchange is sent: by the client's `fetch` when it has one, else the platform's. */
export interface TokenExchangeOptions {
  fetch?: FetchLike | undefined;
  /** Milliseconds an exchange may take, the subject token included; default 60 000. */
  timeout?: number | undefined;
}
