import { fetchMetadataToken, type MetadataRequestOptions } from './fetch-metadata-token.js';
import { SubjectTokenProviderError } from './subject-token-provider-error.js';
import type { SubjectTokenProvider } from './workload-identity-options.js';

export interface GcpIDTokenOptions extends MetadataRequestOptions {
  /**
   * The default service account's identity endpoint; default
   * `http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/identity` (another for tests).
   */
  metadataURL?: string | undefined;
}

/**
 * A subject token provider for Google Cloud: an ID token for `audience` (default `https://api.openai.com/v1`) of the
 * default service account, from the Compute Engine metadata server, asked afresh for every exchange.
 */
export function gcpIDTokenProvider(
  audience = 'https://api.openai.com/v1',
  options: GcpIDTokenOptions = {},
): SubjectTokenProvider {
  return {
    tokenType: 'id',
    getToken: async () => {
      const url = new URL(
        options.metadataURL ??
          'http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/identity',
      );
      url.searchParams.set('audience', audience);
      const token = (await fetchMetadataToken(url, { 'Metadata-Flavor': 'Google' }, 'gcp-metadata', options)).trim();
      if (token === '')
        throw new SubjectTokenProviderError('The GCP metadata server gave an empty token.', 'gcp-metadata');
      return token;
    },
  };
}
