import type { ApiKeyProvider, ClientOptions } from '../client/client-options.js';
import { ConfigError } from '../errors/config-error.js';

/** What a client takes from a credential: its key provider, its mutual TLS agent and where its API is. */
export interface X509CredentialParts {
  apiKey: ApiKeyProvider;
  dispatcher: unknown;
  baseURL: string;
}

const OWN_AGENT = 'not with `credential`, which sends through its own mutual TLS agent, presenting its certificate';

/**
 * `options` with the credential's parts, once checked that nothing in them would bypass it (a `provider`, an
 * `apiKey`, a `fetch`, a `dispatcher`, a `baseURL` at another origin); `organization` and `project` are no longer read from the
 * environment, as the official client reads neither with a credential.
 */
export function credentialClientOptions(options: ClientOptions, parts: X509CredentialParts): ClientOptions {
  // As the official client: a provider sets the address and the credentials itself.
  if (options.provider != null) throw new ConfigError('credential', 'not taken with `provider`');
  if (options.apiKey != null) {
    // A workload identity too: withWorkloadIdentity makes it an `apiKey`.
    throw new ConfigError('credential', 'mutually exclusive with `apiKey` and `workloadIdentity`; give one of them');
  }
  for (const name of ['fetch', 'dispatcher'] as const) {
    if (options[name] != null) throw new ConfigError(name, OWN_AGENT);
  }
  if (options.fetchOptions?.dispatcher != null) throw new ConfigError('fetchOptions.dispatcher', OWN_AGENT);
  const { baseURL } = options;
  const { origin } = new URL(parts.baseURL);
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
