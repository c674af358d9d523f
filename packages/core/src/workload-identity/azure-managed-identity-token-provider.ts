import { fetchMetadataToken, type MetadataRequestOptions } from './fetch-metadata-token.js';
import { SubjectTokenProviderError } from './subject-token-provider-error.js';
import type { SubjectTokenProvider } from './workload-identity-options.js';

export interface AzureManagedIdentityOptions extends MetadataRequestOptions {
  /** Object ID of the user-assigned managed identity to use. */
  objectId?: string | undefined;
  /** Client ID of the user-assigned managed identity to use. */
  clientId?: string | undefined;
  /** Azure resource ID of the user-assigned managed identity to use. */
  msiResId?: string | undefined;
  /** The Instance Metadata Service's `api-version`; default `2018-02-01`. */
  apiVersion?: string | undefined;
  /** The IMDS token endpoint; default `http://169.254.169.254/metadata/identity/oauth2/token` (another one for tests). */
  metadataURL?: string | undefined;
}

/**
 * A subject token provider for Azure: a managed identity's access token for `resource` (default
 * `https://management.azure.com/`) from the Instance Metadata Service. Without `objectId`, `clientId` or `msiResId`,
 * Azure picks the identity.
 */
export function azureManagedIdentityTokenProvider(
  resource = 'https://management.azure.com/',
  options: AzureManagedIdentityOptions = {},
): SubjectTokenProvider {
  return {
    tokenType: 'jwt',
    getToken: async () => {
      const url = new URL(options.metadataURL ?? 'http://169.254.169.254/metadata/identity/oauth2/token');
      url.searchParams.set('api-version', options.apiVersion ?? '2018-02-01');
      url.searchParams.set('resource', resource);
      if (options.objectId) url.searchParams.set('object_id', options.objectId);
      if (options.clientId) url.searchParams.set('client_id', options.clientId);
      if (options.msiResId) url.searchParams.set('msi_res_id', options.msiResId);
      const text = await fetchMetadataToken(url, { Metadata: 'true' }, 'azure-imds', options);
      let reply: unknown;
      try {
        reply = JSON.parse(text);
      } catch {
        // Reported below without quoting the text.
      }
      const token = (reply as { access_token?: unknown } | null)?.access_token;
      if (typeof token !== 'string' || token.trim() === '') {
        throw new SubjectTokenProviderError('The Azure IMDS reply has no `access_token`.', 'azure-imds');
      }
      return token;
    },
  };
}
