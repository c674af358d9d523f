import type { ClientOptions } from '../client/client-options.js';
import { ConfigError } from '../errors/config-error.js';
import { partsOfX509Credential, type X509Credential } from './x509-credential.js';

const SENDS_ITS_OWN_WAY = 'sends through its own mutual TLS agent, which presents its certificate';

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
  const parts = partsOfX509Credential(credential);
  if (!parts) throw new ConfigError('credential', 'expected a credential from fromX509() (createX509Credential())');
  if (options.apiKey != null) {
    throw new ConfigError('credential', '`apiKey` and `credential` are mutually exclusive; give one');
  }
  if (options.fetch != null) throw new ConfigError('fetch', `not with \`credential\`, which ${SENDS_ITS_OWN_WAY}`);
  if (options.dispatcher != null || options.fetchOptions?.dispatcher != null) {
    const option = options.dispatcher != null ? 'dispatcher' : 'fetchOptions.dispatcher';
    throw new ConfigError(option, `not with \`credential\`, which ${SENDS_ITS_OWN_WAY}`);
  }
  const { baseURL } = options;
  const origin = new URL(parts.baseURL).origin;
  // A base URL that is no URL at all is left to the client's own check, which names it the same way.
  if (baseURL != null && URL.canParse(baseURL) && new URL(baseURL).origin !== origin) {
    throw new ConfigError('baseURL', `with \`credential\`, calls go only to ${origin}; leave it out`);
  }
  return {
    ...options,
    apiKey: parts.apiKey,
    dispatcher: parts.dispatcher,
    baseURL: baseURL ?? parts.baseURL,
    organization: options.organization ?? null,
    project: options.project ?? null,
  };
}
