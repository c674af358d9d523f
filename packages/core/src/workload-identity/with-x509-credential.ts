import type { ClientOptions } from '../client/client-options.js';
import { ConfigError } from '../errors/config-error.js';
import { type ApplyX509Credential, applyX509Credential, type X509Credential } from './x509-credential.js';

/**
 * Client options that authenticate with an X.509 `credential` (from `createX509Credential()`, Node only) instead of
 * an API key: its access tokens as `apiKey`, its mutual TLS agent as `dispatcher`, and its API (default
 * `https://mtls.api.openai.com/v1`) as `baseURL`. As the official client does, it takes no `apiKey`, `fetch` or
 * `dispatcher` beside it, no `baseURL` at another origin, and reads none of `OPENAI_API_KEY`, `OPENAI_BASE_URL`,
 * `OPENAI_ORG_ID` and `OPENAI_PROJECT_ID`: pass `organization` and `project` when the service account needs them.
 * Without a credential (`null` too), the options as they are.
 */
export function withX509Credential(
  options: ClientOptions,
  credential: X509Credential | null | undefined,
): ClientOptions {
  if (credential === undefined || credential === null) return options;
  const apply = (credential as { [applyX509Credential]?: ApplyX509Credential })[applyX509Credential];
  if (typeof apply !== 'function') {
    throw new ConfigError('credential', 'expected a credential from fromX509() (createX509Credential())');
  }
  return apply(options);
}
