import { checkOption, textRule } from '../client/check-option.js';
import type { Client } from '../client/client.js';
import { createClient } from '../client/create-client.js';
import { mergeClientOptions, mergeHeaders } from '../client/merge-client-options.js';
import { readEnv } from '../config/read-env.js';
import { ConfigError } from '../errors/config-error.js';
import { redirectSafeFetch } from '../transport/redirect-safe-fetch.js';
import { azureBaseURL } from './azure-base-url.js';
import type { AzureClient } from './azure-client.js';
import type { AzureClientOptions } from './azure-client-options.js';
import { azureCredentials } from './azure-credentials.js';
import { azureRealtimeHandshake } from './azure-realtime-handshake.js';
import { dropReplacedAzureOptions } from './drop-replaced-azure-options.js';
import { routeToDeployment } from './route-to-deployment.js';

/** A deployment is one path segment: empty, `.` and `..` would reach another route. */
function checkDeployment(deployment: string | undefined): void {
  if (deployment === undefined) return;
  if (typeof deployment !== 'string' || deployment === '' || deployment === '.' || deployment === '..') {
    throw new ConfigError('deployment', 'expected a deployment name');
  }
}

/**
 * A client for Azure OpenAI, checked now like `createClient`'s: calls go below `<endpoint>/openai` with `api-version`
 * on every one, deployment-scoped operations below `/deployments/<deployment>` (the client's, or each call's `model`),
 * the key in `api-key` or an Entra ID token as `Authorization: Bearer`, and a realtime socket to the GA endpoint.
 * Environment defaults: AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, OPENAI_API_VERSION.
 */
export function createAzureClient(options: AzureClientOptions = {}): AzureClient {
  if (typeof options !== 'object' || options === null) throw new ConfigError('options', 'expected an object');
  const { endpoint, baseURL, apiVersion, deployment, apiKey, azureADTokenProvider, ...clientOptions } = options;
  const base = azureBaseURL(endpoint, baseURL);
  const version = apiVersion ?? readEnv('OPENAI_API_VERSION');
  if (!version) throw new ConfigError('apiVersion', 'missing; pass `apiVersion` or set OPENAI_API_VERSION');
  checkOption(apiVersion === undefined ? 'OPENAI_API_VERSION' : 'apiVersion', version, textRule);
  checkDeployment(deployment);
  const credentials = azureCredentials(apiKey, azureADTokenProvider);

  let inner: Client;
  try {
    inner = createClient({
      ...clientOptions,
      baseURL: base.url,
      apiKey: credentials.apiKey,
      defaultHeaders: mergeHeaders(credentials.headers, clientOptions.defaultHeaders),
      defaultQuery: { ...clientOptions.defaultQuery, 'api-version': version },
      fetch: credentials.headers ? redirectSafeFetch(clientOptions.fetch, 'Azure OpenAI') : clientOptions.fetch,
    });
  } catch (error) {
    // The base URL was made from the endpoint (or read from the environment): name what the user set.
    if (error instanceof ConfigError && error.option === 'baseURL' && base.source !== 'baseURL') {
      throw new ConfigError(base.source, 'expected an absolute http(s) URL without credentials, query or fragment');
    }
    throw error;
  }
  // A base URL that already names a deployment (as the official package allows) is used as it is.
  const routes = !inner.baseURL.includes('/deployments');
  return {
    baseURL: inner.baseURL,
    apiVersion: version,
    deployment,
    request: ((spec, requestOptions) =>
      inner.request(routes ? routeToDeployment(spec, deployment) : spec, requestOptions)) as Client['request'],
    withOptions: (overrides) =>
      createAzureClient(mergeClientOptions(dropReplacedAzureOptions(options, overrides), overrides)),
    handshake: (path, handshakeOptions) =>
      path === '/realtime'
        ? azureRealtimeHandshake(inner, deployment, handshakeOptions)
        : inner.handshake(path, handshakeOptions),
  };
}
