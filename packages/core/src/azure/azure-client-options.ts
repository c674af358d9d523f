import type { ClientOptions } from '../client/client-options.js';

/** Options of `createAzureClient`: the core client's, with Azure's address, API version, deployment and credentials. */
export interface AzureClientOptions extends Omit<ClientOptions, 'apiKey'> {
  /** The resource's endpoint, `https://<resource>.openai.azure.com`; calls go below `<endpoint>/openai`. Defaults to `AZURE_OPENAI_ENDPOINT`. */
  endpoint?: string | undefined;
  /** Instead of `endpoint`, the whole base URL (`https://<resource>.openai.azure.com/openai`); `OPENAI_BASE_URL` when neither is set anywhere. */
  baseURL?: string | undefined;
  /** Sent as the `api-version` query parameter of every call. Defaults to `OPENAI_API_VERSION`; one of them is required. */
  apiVersion?: string | undefined;
  /**
   * The deployment that deployment-scoped calls (chat and legacy completions, embeddings, audio, image generations and
   * edits, batches) go to. Without it, each such call goes to the deployment named by its `model`.
   */
  deployment?: string | undefined;
  /** Sent in the `api-key` header. Defaults to `AZURE_OPENAI_API_KEY`. */
  apiKey?: string | undefined;
  /**
   * Instead of `apiKey`: returns a Microsoft Entra ID token, asked before every attempt and sent as
   * `Authorization: Bearer <token>` (`getBearerTokenProvider(credential, scope)` of `@azure/identity`).
   */
  azureADTokenProvider?: (() => string | Promise<string>) | undefined;
}
