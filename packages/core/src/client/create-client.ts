import { apiPromise, type CallState } from '../request/api-promise.js';
import type { RequestOptions } from '../request/request-options.js';
import type { RequestSpec } from '../request/request-spec.js';
import { sendRequest } from '../request/send-request.js';
import type { Client } from './client.js';
import type { ClientOptions } from './client-options.js';
import { handshake } from './handshake.js';
import { mergeClientOptions } from './merge-client-options.js';
import { resolveClientConfig } from './resolve-client-config.js';

/**
 * Creates a client. Every option is checked now, so a typo or a bad value fails
 * here with a `ConfigError` naming it rather than on the first call.
 * Environment defaults: OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_ORG_ID, OPENAI_PROJECT_ID, OPENAI_LOG.
 */
export function createClient(options: ClientOptions = {}): Client {
  const config = resolveClientConfig(options);
  return {
    baseURL: config.baseURL,
    request: ((spec: RequestSpec, requestOptions?: RequestOptions) => {
      const call: CallState = {};
      return apiPromise(sendRequest(config, spec, requestOptions, call), call);
    }) as Client['request'],
    withOptions: (overrides) => createClient(mergeClientOptions(options, overrides)),
    handshake: (path, handshakeOptions) => handshake(config, path, handshakeOptions),
  };
}
