import type { ClientOptions } from '../client/client-options.js';
import { mergeHeaders, mergeHooks } from '../client/merge-client-options.js';
import type { Provider } from '../client/provider.js';
import { ConfigError } from '../errors/config-error.js';
import type { Hooks } from '../hooks/hooks.js';
import { headerEntries } from '../request/header-entries.js';
import { redirectSafeFetch } from '../transport/redirect-safe-fetch.js';

// A function, which the browser check lets through; never asked, since the header that would carry it is taken out.
const noKey = () => '';

/**
 * A client's options with `provider` in charge: `apiKey` and `baseURL` refused, naming them, as is an `authorization`
 * default header; the provider's base URL; no OpenAI key header; `null` for the organization and project not given,
 * so `OPENAI_API_KEY`, `OPENAI_BASE_URL`, `OPENAI_ORG_ID` and `OPENAI_PROJECT_ID` are not read; and `prepare` as the
 * last `beforeRequest` hook, after the user's, on every attempt; and a fetch that follows no redirect.
 */
export function providerClientOptions(
  provider: Provider,
  options: ClientOptions,
  prepare: NonNullable<Hooks['beforeRequest']>,
): ClientOptions {
  for (const name of ['apiKey', 'baseURL'] as const) {
    if (options[name] !== undefined) {
      throw new ConfigError(name, `not taken with \`provider\` (${provider.name}), which sets it`);
    }
  }
  for (const [name, value] of headerEntries(options.defaultHeaders ?? {})) {
    if (name.toLowerCase() === 'authorization' && value != null) {
      throw new ConfigError('defaultHeaders.authorization', `${provider.name} sets the credentials of every call`);
    }
  }
  return {
    ...options,
    apiKey: noKey,
    baseURL: provider.baseURL,
    organization: options.organization ?? null,
    project: options.project ?? null,
    defaultHeaders: mergeHeaders(options.defaultHeaders, { authorization: null }),
    hooks: mergeHooks(options.hooks, { beforeRequest: prepare }),
    // A redirect would carry the credentials (a SigV4 token, Google's headers) to wherever it points.
    fetch: redirectSafeFetch(options.fetch, provider.name),
  };
}
