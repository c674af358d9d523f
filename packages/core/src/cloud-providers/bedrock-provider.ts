import type { ClientOptions } from '../client/client-options.js';
import type { Provider } from '../client/provider.js';
import type { HookRequest } from '../hooks/hooks.js';
import type { TransportBody } from '../transport/transport.js';
import type { BedrockBearer } from './bedrock-bearer.js';
import { checkOrigin } from './check-origin.js';
import { providerClientOptions } from './provider-client-options.js';
import { refuseHeaders } from './refuse-headers.js';

type Authorize = (request: HookRequest, body: TransportBody | undefined) => Promise<void>;

/** The Bedrock provider for `baseURL`, authorizing each attempt with `authorize` once its origin is checked. */
export function bedrockProvider(baseURL: string, authorize: Authorize): Provider {
  const origin = new URL(baseURL).origin;
  const prepare = (request: HookRequest, body: TransportBody | undefined) => {
    checkOrigin('bedrock', origin, request.url);
    refuseHeaders('bedrock', request.headers, ['authorization']);
    return authorize(request, body);
  };
  const provider: Provider = Object.freeze({
    name: 'bedrock',
    baseURL,
    configure: (options: ClientOptions) => providerClientOptions(provider, options, prepare),
  });
  return provider;
}

/** Sends the bearer token as `authorization`. */
export function bearerAuthorization({ token }: BedrockBearer): Authorize {
  return async (request) => {
    request.headers.authorization = `Bearer ${await token()}`;
  };
}
