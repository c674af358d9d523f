import type { Provider } from '../client/provider.js';
import { ConfigError } from '../errors/config-error.js';
import { bedrockBearer } from './bedrock-bearer.js';
import { resolveBedrockEndpoint } from './bedrock-endpoint.js';
import type { BedrockOptions } from './bedrock-options.js';
import { bearerAuthorization, bedrockProvider } from './bedrock-provider.js';

/**
 * Amazon Bedrock with a bearer token (a Bedrock API key): `createClient({ provider: bedrock({ region }) })`. No
 * dependencies, so it runs in browsers and workers too. For AWS credentials (SigV4), take `bedrock` from
 * `@org/core/providers/bedrock-aws`.
 */
export function bedrock(options: BedrockOptions = {}): Provider {
  const { baseURL } = resolveBedrockEndpoint(options);
  const bearer = bedrockBearer(options, true);
  if (!bearer) {
    throw new ConfigError(
      'bedrock.apiKey',
      'missing; pass `apiKey` or `tokenProvider`, or set AWS_BEARER_TOKEN_BEDROCK (for AWS credentials, import bedrock from @org/core/providers/bedrock-aws)',
    );
  }
  return bedrockProvider(baseURL, bearerAuthorization(bearer));
}
