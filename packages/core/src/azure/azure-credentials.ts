import type { ApiKeySource } from '../client/client-options.js';
import { readEnv } from '../config/read-env.js';
import { ConfigError } from '../errors/config-error.js';
import type { HeadersLike } from '../request/header-entries.js';

/** How an Azure client authenticates, as core client options: the key source and the headers that carry it. */
export interface AzureCredentials {
  apiKey: ApiKeySource;
  /** For a key: `api-key`, and no `authorization`. None for a token, which goes as `Authorization: Bearer`. */
  headers: HeadersLike | undefined;
}

/** An Entra ID token provider, or an API key (`AZURE_OPENAI_API_KEY` when neither is given); never both. */
export function azureCredentials(
  apiKey: string | undefined,
  azureADTokenProvider: (() => string | Promise<string>) | undefined,
): AzureCredentials {
  if (azureADTokenProvider !== undefined) {
    if (apiKey !== undefined) {
      throw new ConfigError('azureADTokenProvider', 'give `apiKey` or `azureADTokenProvider`, not both');
    }
    if (typeof azureADTokenProvider !== 'function') {
      throw new ConfigError('azureADTokenProvider', 'expected a function returning an Entra ID token');
    }
    return { apiKey: azureADTokenProvider, headers: undefined };
  }
  const key: unknown = apiKey ?? readEnv('AZURE_OPENAI_API_KEY');
  if (typeof key === 'function') {
    throw new ConfigError(
      'apiKey',
      'expected a string; a function returning Entra ID tokens goes in `azureADTokenProvider`',
    );
  }
  if (!key) {
    throw new ConfigError('apiKey', 'missing; pass `apiKey` or `azureADTokenProvider`, or set AZURE_OPENAI_API_KEY');
  }
  // Checked as a key by createClient, which never sends it itself: `authorization: null` takes the bearer header out.
  return { apiKey: key as string, headers: { 'api-key': key as string, authorization: null } };
}
